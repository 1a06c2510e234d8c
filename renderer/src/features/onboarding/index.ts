export { Welcome } from './Welcome';
export { SignInPicker } from './SignInPicker';
export { SetupWizard } from './SetupWizard';
