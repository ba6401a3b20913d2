import type { DevInboxText } from './en';

export const id: DevInboxText = {
  heading: 'Kotak masuk pengembang',
  intro:
    'Isi yang akan dikirim kumpulan pengguna sungguhan lewat email atau SMS. Kumpulan pengguna simulasi ini berjalan di browser Anda; tidak ada yang dikirim.',
  empty: 'Belum ada yang dikirim.',
  clear: 'Hapus pesan',
  to: 'kepada',
  code: 'Kode',
  medium: { EMAIL: 'Email', SMS: 'SMS' },
  purpose: {
    signUp: 'konfirmasi pendaftaran',
    mfa: 'kode masuk',
    forgotPassword: 'reset kata sandi',
  },
  accounts: 'Akun demo',
  accountsIntro: 'Pengguna yang sudah disiapkan. Kata sandi dan rahasia autentikator bersifat publik: ini hanya demo.',
  email: 'Email',
  password: 'Kata sandi',
  phone: 'Telepon',
  secret: 'Rahasia autentikator',
  currentCode: 'Kode saat ini',
  secondsLeft: (seconds: number) => `berganti dalam ${seconds} dtk`,
  kinds: {
    sms: 'MFA lewat SMS',
    selectMfa: 'TOTP dan SMS, tanpa preferensi: pilih faktornya',
    totp: 'MFA lewat TOTP',
    emailOtp: 'MFA lewat email (skenario email-otp)',
    noMfa: 'Belum ada MFA: menyiapkannya saat MFA diwajibkan',
    newPassword: 'Dibuat oleh admin: kata sandi sementara, harus memilih yang baru',
    unconfirmed: 'Sudah mendaftar, belum pernah dikonfirmasi',
  },
  scenario: 'Skenario',
  scenarios: 'Ganti skenario (memuat ulang halaman; kumpulan pengguna dimulai kosong kecuali akun demo)',
};
