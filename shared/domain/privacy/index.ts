export { maskAddress, maskPhone } from './mask';
