import type { DevInboxText } from './en';

export const tr: DevInboxText = {
  heading: 'Geliştirici gelen kutusu',
  intro:
    'Gerçek bir kullanıcı havuzunun e-posta veya SMS ile göndereceği içerik. Bu simülasyon kullanıcı havuzu tarayıcınızda çalışır; hiçbir şey gönderilmez.',
  empty: 'Henüz bir şey gönderilmedi.',
  clear: 'İletileri temizle',
  to: 'alıcı:',
  code: 'Kod',
  medium: { EMAIL: 'E-posta', SMS: 'SMS' },
  purpose: {
    signUp: 'kayıt onayı',
    mfa: 'oturum açma kodu',
    forgotPassword: 'şifre sıfırlama',
  },
  accounts: 'Demo hesapları',
  accountsIntro: 'Önceden eklenmiş kullanıcılar. Şifreler ve kimlik doğrulayıcı gizli anahtarları herkese açıktır: bu bir demodur.',
  email: 'E-posta',
  password: 'Şifre',
  phone: 'Telefon',
  secret: 'Kimlik doğrulayıcı gizli anahtarı',
  currentCode: 'Geçerli kod',
  secondsLeft: (seconds: number) => `${seconds} sn içinde değişir`,
  kinds: {
    sms: 'SMS ile MFA',
    selectMfa: 'TOTP ve SMS, tercih yok: faktörü seçin',
    totp: 'TOTP ile MFA',
    emailOtp: 'E-posta ile MFA (email-otp senaryosu)',
    noMfa: 'Henüz MFA yok: MFA gerektiğinde ayarlar',
    newPassword: 'Bir yönetici oluşturdu: geçici şifre, yenisini seçmesi gerekir',
    unconfirmed: 'Kaydoldu, hiç onaylanmadı',
  },
  scenario: 'Senaryo',
  scenarios: 'Senaryo değiştir (sayfayı yeniden yükler; havuz, demo hesapları dışında boş başlar)',
};
