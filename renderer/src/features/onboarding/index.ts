export { Welcome } from './Welcome';
export { SignInPicker } from './SignInPicker';
