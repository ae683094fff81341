// The auth feature’s texts: French first, English complete (same keys, checked by tsc and i18n.test.ts).
import type { Messages } from '../../app/i18n';

export const fr = {
  'login.title': 'Connexion',
  'login.email': 'Adresse e-mail',
  'login.password': 'Mot de passe',
  'login.submit': 'Se connecter',
  'login.pending': 'Connexion…',
  'login.emailMissing': 'Indiquez votre adresse e-mail.',
  'login.passwordMissing': 'Indiquez votre mot de passe.',
  'invitation.title': 'Rejoindre l’équipe',
  'invitation.intro': 'Vous êtes invité·e sur postprod. Choisissez le nom affiché à l’équipe et votre mot de passe.',
  'invitation.signedIn': 'Une session est déjà ouverte sur cet appareil : créer le compte la remplacera par celle du nouveau compte.',
  'invitation.name': 'Nom et prénom',
  'invitation.password': 'Mot de passe',
  'invitation.passwordRule': 'Au moins 10 caractères.',
  'invitation.nameRequired': 'Indiquez votre nom.',
  'invitation.passwordShort': 'Le mot de passe doit faire au moins 10 caractères.',
  'invitation.submit': 'Créer mon compte',
  'invitation.pending': 'Création du compte…',
  'invitation.toLogin': 'J’ai déjà un compte',
};

export const en: Messages<typeof fr> = {
  'login.title': 'Sign in',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.emailMissing': 'Enter your e-mail address.',
  'login.passwordMissing': 'Enter your password.',
  'login.pending': 'Signing in…',
  'invitation.title': 'Join the team',
  'invitation.intro': 'You are invited to postprod. Choose the name the team will see and your password.',
  'invitation.signedIn': 'A session is already open on this device: creating the account will replace it with the new account’s.',
  'invitation.name': 'Full name',
  'invitation.password': 'Password',
  'invitation.passwordRule': 'At least 10 characters.',
  'invitation.nameRequired': 'Enter your name.',
  'invitation.passwordShort': 'The password must be at least 10 characters long.',
  'invitation.submit': 'Create my account',
  'invitation.pending': 'Creating the account…',
  'invitation.toLogin': 'I already have an account',
};
