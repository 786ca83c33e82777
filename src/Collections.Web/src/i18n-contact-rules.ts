// UI texts of the contact rules (docs/playbook.md, "Contact rules"), Spanish and English; merged into i18n.ts's
// dictionaries. The server sends a rule code with arguments; contact-rules.ts turns them into one of these sentences.

export const contactRulesEs: Record<string, string> = {
  'rule.outside-hours': 'fuera del horario permitido ({0}, {1})', 'rule.no-contact-day': 'no se contacta en {0}',
  'rule.holiday': 'día festivo ({0})', 'rule.contact-cap': 'ya se alcanzó el máximo de {0} contacto(s) por {1}',
  'rule.call-cap': 'ya se alcanzó el máximo de {0} llamadas en 7 días', 'rule.channel-per-week': 'esta semana ya se usó otro canal ({0})',
  'rule.call-after-conversation': 'hubo una conversación hace menos de {0} días', 'rule.opt-out': 'el deudor rechazó este canal',
  'rule.consent-missing': 'no hay autorización para este canal', 'rule.dispute-open': 'hay una disputa abierta',
  'period.day': 'día', 'period.rolling-7-days': '7 días', 'period.calendar-week': 'semana',
  'day.Monday': 'lunes', 'day.Tuesday': 'martes', 'day.Wednesday': 'miércoles', 'day.Thursday': 'jueves', 'day.Friday': 'viernes',
  'day.Saturday': 'sábado', 'day.Sunday': 'domingo',
  'profile.US': 'Estados Unidos (Regulation F)', 'profile.CO': 'Colombia (Ley 2300 de 2023)', 'profile.MX': 'México (CONDUSEF)',
  'profile.ES': 'España', 'profile.default': 'reglas generales',
  'script.profile': 'Reglas de contacto: {0}.', 'kind.contact.outside-rules': 'Contacto fuera de las reglas',
  'timeline.outsideRules': '{0} de {1} sin respetar la regla: {2}. Motivo: {3}',
  'inbox.notContactable': 'No contactable hasta {0}', 'admin.contactProfiles': 'Reglas de contacto por país',
  'admin.profile': 'Perfil', 'admin.hours': 'Horario', 'admin.holidays': 'Festivos', 'admin.caps': 'Límites', 'admin.source': 'Fuente',
  'admin.noContact': 'sin contacto',
  'task.overrideReason': 'Motivo para registrar el contacto fuera de las reglas',
  'task.outsideRules': 'Este contacto incumple una regla ({0}): indique el motivo para registrarlo igualmente.',
};

export const contactRulesEn: Record<string, string> = {
  'rule.outside-hours': 'outside the allowed hours ({0}, {1})', 'rule.no-contact-day': 'no contact on {0}',
  'rule.holiday': 'public holiday ({0})', 'rule.contact-cap': 'the limit of {0} contact(s) per {1} is reached',
  'rule.call-cap': 'the limit of {0} calls in 7 days is reached', 'rule.channel-per-week': 'another channel was used this week ({0})',
  'rule.call-after-conversation': 'a conversation took place less than {0} days ago', 'rule.opt-out': 'the debtor opted out of this channel',
  'rule.consent-missing': 'no consent for this channel', 'rule.dispute-open': 'a dispute is open',
  'period.day': 'day', 'period.rolling-7-days': '7 days', 'period.calendar-week': 'week',
  'day.Monday': 'Monday', 'day.Tuesday': 'Tuesday', 'day.Wednesday': 'Wednesday', 'day.Thursday': 'Thursday', 'day.Friday': 'Friday',
  'day.Saturday': 'Saturday', 'day.Sunday': 'Sunday',
  'profile.US': 'United States (Regulation F)', 'profile.CO': 'Colombia (Ley 2300 de 2023)', 'profile.MX': 'Mexico (CONDUSEF)',
  'profile.ES': 'Spain', 'profile.default': 'general rules',
  'script.profile': 'Contact rules: {0}.', 'kind.contact.outside-rules': 'Contact outside the rules',
  'timeline.outsideRules': '{0} by {1} outside the rule: {2}. Reason: {3}',
  'inbox.notContactable': 'Not contactable until {0}', 'admin.contactProfiles': 'Contact rules by country',
  'admin.profile': 'Profile', 'admin.hours': 'Hours', 'admin.holidays': 'Holidays', 'admin.caps': 'Limits', 'admin.source': 'Source',
  'admin.noContact': 'no contact',
  'task.overrideReason': 'Reason for recording the contact outside the rules',
  'task.outsideRules': 'This contact breaks a rule ({0}): give a reason to record it anyway.',
};
