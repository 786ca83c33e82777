// Account and admin errors by their problem code, Spanish and English; merged into i18n.ts's dictionaries. Identity's
// own texts (password policy, e-mail taken) arrive already in the user's language in the problem's detail.

export const accountsEs: Record<string, string> = {
  'problem.admin.user-not-found': 'Esa cuenta ya no existe.',
  'problem.admin.cannot-change-self': 'No puede hacerlo en su propia cuenta; pídaselo a otro administrador.',
  'problem.admin.unknown-role': 'Uno de los roles no existe.',
  'problem.admin.group-invalid': 'Cada grupo debe tener entre 1 y 100 caracteres.',
  'problem.auth.password-change-required': 'Primero cambie su contraseña.',
  'problem.auth.current-password-wrong': 'La contraseña actual no es correcta.',
};

export const accountsEn: Record<string, string> = {
  'problem.admin.user-not-found': 'That account no longer exists.',
  'problem.admin.cannot-change-self': 'You cannot do this on your own account; ask another admin.',
  'problem.admin.unknown-role': 'One of the roles does not exist.',
  'problem.admin.group-invalid': 'Each group must have 1 to 100 characters.',
  'problem.auth.password-change-required': 'Change your password first.',
  'problem.auth.current-password-wrong': 'The current password is wrong.',
};
