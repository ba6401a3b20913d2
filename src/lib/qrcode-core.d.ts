/** The qrcode package's encoder alone (its types are the package's own). */
declare module 'qrcode/lib/core/qrcode' {
  export { create } from 'qrcode';
}
