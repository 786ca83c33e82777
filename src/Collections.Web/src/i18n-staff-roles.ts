// Staff role names (the server's StaffRoles codes) in Spanish and English, for the admin page; merged into i18n.ts's
// dictionaries.

export const staffRolesEs: Record<string, string> = {
  'staffRole.process-owner': 'Responsable de procesos', 'staffRole.collector': 'Gestor de cobro', 'staffRole.senior-collector': 'Gestor sénior',
  'staffRole.manager': 'Jefe de cobranza', 'staffRole.finance': 'Finanzas', 'staffRole.admin': 'Administrador',
  'admin.editRoles': 'Cambiar roles',
};

export const staffRolesEn: Record<string, string> = {
  'staffRole.process-owner': 'Process owner', 'staffRole.collector': 'Collector', 'staffRole.senior-collector': 'Senior collector',
  'staffRole.manager': 'Collections manager', 'staffRole.finance': 'Finance', 'staffRole.admin': 'Administrator',
  'admin.editRoles': 'Change roles',
};
