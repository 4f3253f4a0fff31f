// The form's name for the catalogue's wording of refusals (i18n/problem-messages.ts).
export { refusalMessage as rejectionMessage } from '../i18n/problem-messages';
