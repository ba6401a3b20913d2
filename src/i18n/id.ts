/**
 * Bahasa Indonesia. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const id: Dictionary = {
  lang: 'id',
  languageName: 'Bahasa Indonesia',
  languagePicker: 'Bahasa',
  appName: 'Masuk',
  simulatedBanner:
    'Kumpulan pengguna simulasi: tidak ada yang keluar dari browser ini, dan kode muncul di kotak masuk pengembang.',
  busy: 'Harap tunggu…',
  retry: 'Coba lagi',
  back: 'Kembali ke halaman masuk',
  backToAccount: 'Kembali ke akun Anda',
  backToHome: 'Kembali',
  offline:
    'Kami tidak dapat menjangkau layanan masuk. Periksa koneksi Anda, lalu coba lagi; yang sudah Anda ketik tetap tersimpan.',

  fields: {
    email: 'Alamat email',
    password: 'Kata sandi',
    newPassword: 'Kata sandi baru',
    code: 'Kode verifikasi',
    codeHint: '6 digit',
    currentPassword: 'Kata sandi saat ini',
    showPassword: 'Tampilkan kata sandi',
    hidePassword: 'Sembunyikan kata sandi',
    identifier: {
      email: 'Alamat email',
      phone: 'Nomor telepon',
      username: 'Nama pengguna',
      emailOrPhone: 'Alamat email atau nomor telepon',
      usernameOrEmail: 'Nama pengguna atau alamat email',
      usernameOrPhone: 'Nama pengguna atau nomor telepon',
      usernameEmailOrPhone: 'Nama pengguna, alamat email, atau nomor telepon',
      usernameOrPreferred: 'Nama pengguna atau nama pengguna pilihan',
      usernamePreferredOrEmail: 'Nama pengguna, nama pengguna pilihan, atau alamat email',
      usernamePreferredOrPhone: 'Nama pengguna, nama pengguna pilihan, atau nomor telepon',
      usernamePreferredEmailOrPhone: 'Nama pengguna, nama pengguna pilihan, alamat email, atau nomor telepon',
    },
    phoneHint: 'Awali dengan + dan kode negara, mis. +44 7700 900123',
  },

  signIn: {
    heading: 'Masuk',
    submit: 'Masuk',
    noAccount: 'Baru di sini?',
    toSignUp: 'Buat akun',
    forgot: 'Lupa kata sandi?',
    continue: 'Lanjutkan',
    withPasskey: 'Masuk dengan kunci sandi',
  },

  code: {
    resend: 'Kirim kode baru',
    resendIn: (seconds: number) => `Anda dapat meminta kode baru dalam ${seconds} detik`,
  },

  signUp: {
    heading: 'Buat akun Anda',
    submit: 'Buat akun',
    haveAccount: 'Sudah punya akun?',
    toSignIn: 'Masuk',
    rulesHeading: 'Persyaratan kata sandi',
    optional: (label: string) => `${label} (opsional)`,
  },

  attributes: {
    name: 'Nama lengkap',
    given_name: 'Nama depan',
    family_name: 'Nama belakang',
    middle_name: 'Nama tengah',
    nickname: 'Nama panggilan',
    preferred_username: 'Nama pengguna pilihan',
    profile: 'Halaman profil (URL)',
    picture: 'Foto (URL)',
    website: 'Situs web',
    gender: 'Jenis kelamin',
    birthdate: 'Tanggal lahir',
    zoneinfo: 'Zona waktu (mis. Asia/Jakarta)',
    locale: 'Bahasa (mis. id-ID, en-GB)',
    address: 'Alamat',
    email: 'Alamat email',
    phone_number: 'Nomor telepon',
  },

  confirmSignUp: {
    heading: 'Konfirmasi email Anda',
    headingPhone: 'Konfirmasi nomor telepon Anda',
    sentTo: (destination: string) =>
      `Kami telah mengirim kode 6 digit ke ${destination}. Masukkan kode tersebut untuk mengonfirmasi akun Anda.`,
    sentSomewhere:
      'Kami telah mengirim kode 6 digit ke email Anda. Masukkan kode tersebut untuk mengonfirmasi akun Anda.',
    sentByText: (destination: string) =>
      `Kami mengirim kode 6 digit lewat SMS ke ${destination}. Masukkan kode tersebut untuk mengonfirmasi akun Anda.`,
    submit: 'Konfirmasi',
  },

  forgotPassword: {
    heading: 'Atur ulang kata sandi Anda',
    intro: 'Masukkan email akun Anda, dan kami akan mengirimkan kode untuk memilih kata sandi baru.',
    introAny: 'Masukkan data yang Anda gunakan untuk masuk, dan kami akan mengirim kode untuk memilih kata sandi baru.',
    submit: 'Kirim kode',
  },

  resetPassword: {
    heading: 'Pilih kata sandi baru',
    sentTo: (destination: string) =>
      `Kami telah mengirim kode 6 digit ke ${destination}. Masukkan kode tersebut bersama kata sandi baru Anda.`,
    sentSomewhere: 'Kami telah mengirimkan kode 6 digit kepada Anda. Masukkan kode tersebut bersama kata sandi baru Anda.',
    sentByText: (destination: string) =>
      `Kami mengirim kode 6 digit lewat SMS ke ${destination}. Masukkan kode tersebut bersama kata sandi baru Anda.`,
    ifEmailed: 'Jika ada akun yang cocok dengan yang Anda masukkan, kode sedang dalam perjalanan ke email akun tersebut.',
    ifTexted: 'Jika ada akun yang cocok dengan yang Anda masukkan, kode sedang dikirim lewat SMS ke nomor telepon akun tersebut.',
    ifSent: 'Jika ada akun yang cocok dengan yang Anda masukkan, kode sedang dalam perjalanan.',
    submit: 'Atur ulang kata sandi dan masuk',
  },

  newPassword: {
    heading: 'Pilih kata sandi Anda',
    intro: 'Akun Anda dibuat dengan kata sandi sementara. Pilih kata sandi Anda sendiri untuk melanjutkan.',
    attributesHeading: 'Kami juga memerlukan',
    submit: 'Simpan dan lanjutkan',
  },

  totpSetup: {
    heading: 'Siapkan aplikasi autentikator Anda',
    intro:
      'Akun Anda memerlukan langkah kedua saat masuk. Tambahkan akun ke aplikasi autentikator seperti Google Authenticator, Microsoft Authenticator, 1Password, atau Authy.',
    scan: 'Pindai kode QR ini dengan aplikasi tersebut.',
    qrAlt: (account: string) => `Kode QR yang menambahkan ${account} ke aplikasi autentikator`,
    manual: 'Tidak dapat memindainya? Sebagai gantinya, masukkan kunci penyiapan ini di aplikasi:',
    secretLabel: 'Kunci penyiapan',
    copy: 'Salin kunci',
    copied: 'Disalin',
    copyFailed: 'Pilih kunci, lalu salin secara manual',
    openInApp: 'Buka di aplikasi autentikator di perangkat ini',
    enterCode: 'Lalu masukkan kode 6 digit yang ditampilkan aplikasi.',
    deviceName: 'Nama untuk autentikator ini (opsional)',
    deviceNamePlaceholder: 'Ponsel saya',
    submit: 'Verifikasi dan selesai',
    preparing: 'Menyiapkan kunci penyiapan Anda…',
    verified: 'Aplikasi autentikator Anda telah diverifikasi. Tinggal langkah terakhir untuk masuk.',
    enabling: 'Kode diterima. Mengaktifkan…',
    notTurnedOn:
      'Kode Anda diterima, tetapi aplikasi autentikator belum diaktifkan untuk akun Anda. Coba lagi; tidak perlu kode baru.',
  },

  mfaSetupChoice: {
    heading: 'Tambahkan langkah kedua',
    intro: 'Akun Anda memerlukan langkah kedua saat masuk. Pilih salah satu.',
    emailOnly: 'Akun Anda memerlukan langkah kedua saat masuk: kode yang kami kirim ke email Anda.',
    emailTo: (email: string) => `Kode dikirim ke ${email}.`,
    sending: 'Mengirim kode…',
  },

  totpChallenge: {
    heading: 'Masukkan kode autentikator Anda',
    intro: 'Buka aplikasi autentikator Anda dan masukkan kode 6 digit untuk akun ini.',
    device: (name: string) => `Autentikator: ${name}`,
    submit: 'Verifikasi',
  },

  emailChallenge: {
    heading: 'Masukkan kode yang kami kirim lewat email',
    sentTo: (destination: string) => `Kami telah mengirim kode 6 digit ke ${destination}.`,
    sentSomewhere: 'Kami telah mengirim kode 6 digit ke email Anda.',
    submit: 'Verifikasi',
  },

  smsChallenge: {
    heading: 'Masukkan kode yang kami kirim lewat SMS',
    sentTo: (destination: string) => `Kami telah mengirim kode 6 digit ke ${destination}.`,
    sentSomewhere: 'Kami telah mengirim kode 6 digit ke ponsel Anda.',
    submit: 'Verifikasi',
  },

  selectMfaType: {
    heading: 'Pilih cara memverifikasi bahwa ini memang Anda',
    intro: 'Akun Anda memiliki lebih dari satu langkah kedua. Pilih salah satu untuk proses masuk ini.',
    options: {
      SOFTWARE_TOKEN_MFA: 'Aplikasi autentikator',
      SMS_MFA: 'Pesan teks (SMS)',
      EMAIL_OTP: 'Kode lewat email',
    },
  },

  signedIn: {
    heading: 'Anda sudah masuk',
    as: (email: string) => `Masuk sebagai ${email}`,
    account: 'Akun dan keamanan',
    signOut: 'Keluar',
    signOutEverywhere: 'Keluar dari semua perangkat',
    reconnecting:
      'Menghubungkan ulang… Saat ini kami tidak dapat menjangkau layanan masuk untuk memperpanjang sesi Anda. Anda tetap masuk, dan kami terus mencoba.',
    nav: 'Akun Anda',
    home: 'Beranda',
    profile: 'Profil',
    profileIntro: 'Lihat apa yang diketahui API situs tentang Anda: halaman profil menanyakannya dengan sesi masuk Anda.',
  },

  profile: {
    heading: 'Profil Anda',
    intro: 'Jawaban API situs saat halaman ini menanyakan siapa Anda, dengan sesi masuk Anda.',
    loading: 'Menanyakan API…',
    sub: 'ID pengguna',
    username: 'Nama pengguna',
    groups: 'Grup',
    noGroups: 'Tidak ada',
    tokenExpiresAt: 'Sesi masuk Anda berlaku hingga',
    servedAt: 'Dijawab pada',
    refused: 'API tidak menerima sesi masuk Anda. Silakan keluar, lalu masuk lagi.',
    failed: (status: number) => `API tidak dapat menjawab (galat ${status}). Coba lagi sebentar lagi.`,
    unreachable: 'Kami tidak dapat menjangkau API. Periksa koneksi Anda, lalu coba lagi.',
  },

  account: {
    heading: 'Akun dan keamanan',
    mfaHeading: 'Verifikasi dua langkah',
    mfaIntro: 'Langkah kedua saat masuk menjaga akun Anda tetap aman meskipun kata sandi Anda bocor.',
    loading: 'Memuat setelan Anda…',
    on: 'Aktif',
    off: 'Nonaktif',
    preferred: 'Digunakan lebih dulu',
    setUpTotp: 'Siapkan aplikasi autentikator',
    replaceTotp: 'Pindah ke aplikasi autentikator lain',
    verifiedNotOn: 'Belum aktif',
    turnOnTotp: 'Aktifkan aplikasi autentikator',
    smsByPhone: 'Dikirim ke nomor telepon Anda, sesuai ketentuan situs ini; tidak dapat dinonaktifkan di sini.',
    requiredOnly: 'Situs ini mewajibkan langkah kedua, jadi satu-satunya langkah kedua Anda tidak dapat dinonaktifkan.',
    turnOff: (factor: string) => `Nonaktifkan ${factor}`,
    prefer: (factor: string) => `Gunakan ${factor} lebih dulu`,
    passwordHeading: 'Kata sandi',
    changePassword: 'Ubah kata sandi',
  },

  changePassword: {
    heading: 'Ubah kata sandi Anda',
    submit: 'Ubah kata sandi',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `Sisa waktu untuk menyelesaikan langkah ini: ${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired: 'Prosesnya terlalu lama, jadi proses masuk dibatalkan demi keamanan Anda. Silakan masuk lagi.',
    sessionUsed:
      'Langkah masuk itu sudah digunakan (mungkin tepat sebelum koneksi terputus), jadi tidak dapat dikirim lagi. Silakan masuk lagi.',
    codeResent: 'Kami telah mengirim kode baru. Kode yang dikirim sebelumnya tidak berlaku lagi.',
    accountConfirmed: 'Akun Anda telah dikonfirmasi. Silakan masuk.',
    alreadyConfirmed: 'Akun ini sudah dikonfirmasi. Silakan masuk.',
    confirmBeforeSignIn: 'Akun Anda belum dikonfirmasi. Kami telah mengirimkan kode baru kepada Anda.',
    resetCodeSent: 'Jika ada akun yang menggunakan email ini, kode sedang dalam perjalanan.',
    passwordChanged: 'Kata sandi Anda telah diubah.',
    totpEnabled: 'Aplikasi autentikator Anda sudah siap. Anda akan menggunakannya saat masuk berikutnya.',
    mfaUpdated: 'Setelan verifikasi dua langkah Anda telah disimpan.',
    sessionEnded: 'Sesi Anda telah berakhir. Silakan masuk lagi.',
    sessionRevoked:
      'Anda telah dikeluarkan dari semua perangkat, dari perangkat lain atau oleh administrator situs. Silakan masuk lagi.',
    sessionNotRenewed:
      'Kami tidak dapat memperpanjang sesi Anda, jadi Anda telah dikeluarkan. Silakan masuk lagi; jika ini terus terjadi, beri tahu dukungan situs.',
    signedOut: 'Anda sudah keluar.',
    signedOutEverywhere: 'Anda sudah keluar dari semua perangkat Anda.',
    signedOutElsewhere: 'Anda keluar di tab lain situs ini.',
    passkeyAdded: 'Kunci sandi Anda sudah ditambahkan. Lain kali Anda dapat masuk dengannya.',
    passkeyDeleted: 'Kunci sandi sudah dihapus.',
  },

  passwordRules: {
    length: (min: number) => `Minimal ${min} karakter`,
    uppercase: () => 'Satu huruf besar',
    lowercase: () => 'Satu huruf kecil',
    number: () => 'Satu angka',
    symbol: () => 'Satu simbol seperti ! @ # atau ?',
    spaces: () => 'Tanpa spasi di awal atau akhir',
  },

  problems: {
    required: 'Harap isi kolom ini.',
    emailFormat: 'Masukkan alamat email seperti name@example.com.',
    emailTooLong: 'Alamat email maksimal 128 karakter.',
    phoneFormat: 'Masukkan nomor dengan + dan kode negara, seperti +44 7700 900123.',
    usernameFormat: 'Nama pengguna tidak boleh berisi spasi.',
    usernameTooLong: 'Nama pengguna boleh berisi paling banyak 128 karakter.',
    usernameLooksLikeEmail: 'Pilih nama pengguna yang bukan alamat email: email Anda ditanyakan di bawah.',
    usernameLooksLikePhone: 'Pilih nama pengguna yang bukan nomor telepon: nomor Anda ditanyakan di bawah.',
    birthdateFormat: 'Masukkan tanggal seperti 1990-05-17 (tahun, bulan, hari).',
    attributeTooLong: 'Isian ini boleh berisi paling banyak 2048 karakter.',
    weakPassword: 'Kata sandi ini tidak memenuhi persyaratan di bawah.',
    passwordTooLong: 'Kata sandi maksimal 256 karakter.',
    codeFormat: 'Masukkan 6 digit kode.',
    wrongCredentials: 'Email atau kata sandi salah. Periksa keduanya, lalu coba lagi.',
    userNotFound: 'Kami tidak menemukan akun dengan email ini. Periksa apakah ada salah ketik, atau buat akun.',
    wrongCurrentPassword: 'Kata sandi Anda saat ini salah.',
    userNotConfirmed: 'Akun Anda belum dikonfirmasi.',
    usernameExists: 'Akun dengan email ini sudah ada. Ingin masuk saja?',
    invalidPassword: 'Kata sandi ini tidak memenuhi persyaratan.',
    invalidEmail: 'Masukkan alamat email seperti name@example.com.',
    codeMismatch: 'Kode itu salah. Periksa, lalu coba lagi.',
    expiredCode: 'Kode itu sudah kedaluwarsa. Minta kode baru.',
    totpCodeReused: 'Kode itu sudah digunakan. Tunggu hingga aplikasi menampilkan kode baru.',
    alreadyConfirmed: 'Akun ini sudah dikonfirmasi.',
    userDisabled: 'Akun ini dinonaktifkan. Hubungi dukungan situs.',
    passwordResetRequired: 'Anda perlu mengatur ulang kata sandi sebelum dapat masuk.',
    cannotResetPassword: 'Kata sandi akun ini tidak dapat diatur ulang di sini.',
    mfaNotSetUp: 'Selesaikan penyiapan aplikasi autentikator terlebih dahulu.',
    sessionExpired: 'Prosesnya terlalu lama. Silakan masuk lagi.',
    signedOut: 'Anda telah dikeluarkan. Silakan masuk lagi.',
    passwordAttemptsExceeded: 'Terlalu banyak percobaan yang gagal. Tunggu beberapa menit, lalu coba lagi.',
    limitExceeded: 'Terlalu banyak percobaan untuk saat ini. Tunggu beberapa saat (hingga satu jam), lalu coba lagi.',
    tooManyRequests: 'Layanan sedang sibuk. Tunggu beberapa detik, lalu coba lagi.',
    tooManyFailedAttempts: 'Terlalu banyak kode yang salah. Tunggu beberapa saat, lalu minta kode baru.',
    network:
      'Kami tidak dapat menjangkau layanan masuk. Periksa koneksi Anda, lalu coba lagi; yang sudah Anda ketik tetap tersimpan.',
    serviceError: 'Layanan masuk mengalami masalah. Coba lagi sebentar lagi.',
    clientHasSecret:
      'Situs ini salah dikonfigurasi: klien aplikasi Cognito-nya memiliki rahasia klien, yang tidak dapat digunakan aplikasi browser. Pengelola situs harus membuat klien aplikasi tanpa rahasia dan mengisi VITE_COGNITO_CLIENT_ID dengan ID-nya.',
    userPasswordAuthDisabled:
      'Situs ini salah dikonfigurasi: klien aplikasi Cognito-nya tidak mengizinkan masuk dengan kata sandi. Pengelola situs harus mengaktifkan ALLOW_USER_PASSWORD_AUTH di alur autentikasi klien aplikasi.',
    unknownClient:
      'Situs ini salah dikonfigurasi: Cognito tidak mengenali klien aplikasinya. Pengelola situs harus memeriksa VITE_COGNITO_CLIENT_ID dan region di VITE_COGNITO_USER_POOL_ID.',
    softwareTokenMfaNotEnabled:
      'Situs ini salah dikonfigurasi: aplikasi autentikator tidak diaktifkan untuk kumpulan penggunanya. Pengelola situs harus mengaktifkan MFA TOTP (token perangkat lunak) di setelan masuk kumpulan pengguna.',
    unsupportedChallenge:
      'Akun Anda memerlukan langkah masuk yang tidak didukung halaman ini. Hubungi dukungan situs.',
    blockedBySecurity:
      'Demi keamanan akun Anda, permintaan ini diblokir. Mencoba lagi sekarang tidak akan membantu: atur ulang kata sandi Anda, atau hubungi dukungan situs.',
    temporaryPasswordExpired:
      'Kata sandi sementara Anda sudah kedaluwarsa. Minta administrator situs untuk mengirimkan yang baru.',
    compromisedPassword:
      'Kata sandi ini pernah muncul dalam kebocoran data di tempat lain, jadi tidak dapat digunakan di sini. Pilih kata sandi lain.',
    passwordReused: 'Anda pernah menggunakan kata sandi ini. Pilih kata sandi yang belum Anda gunakan baru-baru ini.',
    lambdaRefused:
      'Pemeriksaan milik situs ini tidak menerimanya. Jika menurut Anda ini keliru, hubungi dukungan situs.',
    lambdaFailed:
      'Pemeriksaan milik situs ini tidak dapat diselesaikan. Coba lagi sebentar lagi; jika terus terjadi, hubungi dukungan situs.',
    sessionRevoked: 'Anda telah dikeluarkan dari semua perangkat. Silakan masuk lagi.',
    refreshTokenInvalid: 'Sesi Anda tidak dapat diperpanjang. Silakan masuk lagi.',
    autoVerifyOff:
      'Situs ini salah dikonfigurasi: kumpulan penggunanya tidak mengirim kode konfirmasi. Pengelola situs harus mengaktifkan verifikasi email (atribut yang diverifikasi otomatis: email) di kumpulan pengguna.',
    emailNotUsername:
      'Situs ini salah dikonfigurasi: kumpulan penggunanya tidak menerima apa yang ditanyakan halaman ini sebagai nama pengguna (misalnya email yang di sana hanya alias, atau nomor telepon padahal nama penggunanya adalah email). Pengelola situs harus mengatur VITE_COGNITO_SIGN_IN_WITH sesuai dengan apa yang dipakai kumpulan pengguna untuk masuk.',
    signUpAttributesRequired:
      'Situs ini salah dikonfigurasi: kumpulan penggunanya mewajibkan data saat pendaftaran yang tidak ditanyakan halaman ini. Pengelola situs harus mencantumkannya di VITE_COGNITO_SIGN_UP_ATTRIBUTES, atau menjadikannya opsional di kumpulan pengguna.',
    poolCannotDeliver:
      'Situs ini salah dikonfigurasi: kumpulan penggunanya tidak diizinkan mengirim email atau SMS. Pengelola situs harus memperbaiki setelan email (SES) atau SMS (peran SNS) kumpulan tersebut.',
    poolMisconfigured:
      'Situs ini salah dikonfigurasi: Cognito menganggap konfigurasi kumpulan penggunanya tidak valid. Pengelola situs harus memeriksa setelan kumpulan pengguna.',
    smsSetupNeedsPhone:
      'Akun Anda tidak memiliki nomor telepon, dan situs ini hanya mengirim kode lewat SMS. Minta pengelola situs untuk menambahkan nomor Anda, atau mengaktifkan aplikasi autentikator atau kode lewat email.',
    invalidParameter: 'Ada bagian permintaan yang tidak diterima. Periksa yang Anda ketik, lalu coba lagi.',
    passkeyCancelled:
      'Permintaan kunci sandi ditutup, atau perangkat ini tidak memiliki kunci sandi untuk situs ini. Coba lagi, atau masuk dengan cara lain.',
    passkeyExists: 'Perangkat ini sudah memiliki kunci sandi untuk akun Anda.',
    passkeyWrongDomain:
      'Kunci sandi tidak dapat digunakan di halaman ini. Untuk pengelola situs: ID relying party kunci sandi kumpulan pengguna harus berupa domain halaman ini atau domain induknya.',
    passkeyUnsupported:
      'Browser ini tidak dapat menggunakan kunci sandi. Masuk dengan cara lain, atau gunakan browser yang mendukungnya.',
    passkeyRefused: 'Kunci sandi itu tidak diterima. Coba lagi, atau gunakan kunci sandi lain.',
    passkeysOff:
      'Situs ini salah dikonfigurasi: kunci sandi tidak diaktifkan untuk kumpulan penggunanya. Pengelola situs harus mengizinkan kunci sandi sebagai faktor pertama dan menetapkan ID relying party kunci sandi kumpulan pengguna.',
    featureNotInPlan:
      'Situs ini salah dikonfigurasi: paket fitur kumpulan penggunanya tidak mencakup cara masuk ini. Pengelola situs harus memindahkan kumpulan pengguna ke paket Essentials atau Plus.',
    userAuthDisabled:
      'Situs ini salah dikonfigurasi: klien aplikasi Cognito-nya tidak mengizinkan masuk berbasis pilihan. Pengelola situs harus mengaktifkan ALLOW_USER_AUTH di alur autentikasi klien aplikasi.',
    signUpSessionExpired:
      'Prosesnya terlalu lama untuk langsung memasukkan Anda. Masukkan kode lagi untuk mengonfirmasi akun Anda; setelah itu Anda akan memilih cara masuk.',
    unknown: 'Terjadi kesalahan. Coba lagi.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'Data masuk atau kata sandi tidak benar. Periksa keduanya, lalu coba lagi.',
    userNotFound: 'Kami tidak menemukan akun dengan data ini. Periksa apakah ada salah ketik, atau buat akun.',
    usernameExists: 'Akun dengan data ini sudah ada. Ingin masuk saja?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled:
        'Permintaan kunci sandi ditutup atau waktunya habis, jadi tidak ada kunci sandi yang ditambahkan. Coba lagi, atau pilih “Nanti saja”.',
      passkeyExists:
        'Perangkat ini sudah punya kunci sandi untuk akun Anda, jadi tidak ada yang baru ditambahkan. Pilih “Nanti saja” untuk lanjut, atau coba dengan perangkat atau kunci keamanan lain.',
      passkeyWrongDomain:
        'Kunci sandi tidak dapat digunakan di halaman ini. Untuk pengelola situs: ID relying party kunci sandi kumpulan pengguna harus berupa domain halaman ini atau domain induknya. Pilih “Nanti saja” untuk lanjut.',
      passkeyUnsupported:
        'Browser ini tidak bisa membuat kunci sandi, jadi tidak ada yang ditambahkan. Pilih “Nanti saja” untuk lanjut; Anda bisa menambahkannya nanti dari akun Anda di browser yang mendukungnya.',
      passkeyRefused:
        'Layanan masuk tidak menerima kunci sandi baru itu, jadi kunci sandi tidak ditambahkan. Coba lagi, atau pilih “Nanti saja”.',
      passkeysOff:
        'Situs ini salah dikonfigurasi: kunci sandi tidak diaktifkan untuk kumpulan penggunanya. Pengelola situs harus mengizinkan kunci sandi sebagai faktor pertama dan menetapkan ID relying party kunci sandi kumpulan pengguna. Pilih “Nanti saja” untuk lanjut.',
      featureNotInPlan:
        'Situs ini salah dikonfigurasi: paket fitur kumpulan penggunanya tidak mencakup cara masuk ini. Pengelola situs harus memindahkan kumpulan pengguna ke paket Essentials atau Plus. Pilih “Nanti saja” untuk lanjut.',
      network:
        'Kami tidak bisa menghubungi layanan masuk, jadi tidak ada kunci sandi yang ditambahkan. Periksa koneksi Anda dan coba lagi, atau pilih “Nanti saja”.',
      serviceError:
        'Layanan masuk mengalami masalah, jadi tidak ada kunci sandi yang ditambahkan. Coba lagi sebentar lagi, atau pilih “Nanti saja”.',
      invalidParameter:
        'Layanan masuk tidak menerima permintaan itu, jadi tidak ada kunci sandi yang ditambahkan. Coba lagi, atau pilih “Nanti saja”.',
      unknown: 'Terjadi kesalahan, jadi tidak ada kunci sandi yang ditambahkan. Coba lagi, atau pilih “Nanti saja”.',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `Situs ini tidak menerimanya: ${reason}`,
    contactSupport: (contact: string) => `Dukungan: ${contact}`,
  },

  selectChallenge: {
    heading: 'Pilih cara masuk',
    as: (email: string) => `Masuk sebagai ${email}.`,
    options: {
      WEB_AUTHN: 'Gunakan kunci sandi',
      EMAIL_OTP: 'Kirimi saya kode lewat email',
      SMS_OTP: 'Kirimi saya kode lewat SMS',
      PASSWORD: 'Masuk dengan kata sandi Anda',
    },
    none: 'Halaman ini tidak menawarkan cara masuk yang dimiliki akun Anda. Hubungi dukungan situs.',
  },
  passkeySignIn: {
    heading: 'Masuk dengan kunci sandi Anda',
    waiting: 'Ikuti petunjuk browser Anda untuk menggunakan kunci sandi.',
    retry: 'Coba kunci sandi lagi',
    otherWay: 'Masuk dengan cara lain',
  },
  passkeyOffer: {
    heading: 'Masuk lebih cepat lain kali dengan kunci sandi',
    intro: 'Gunakan sidik jari, wajah, atau kunci layar, bukan kata sandi Anda. Anda dapat menghapus kunci sandi kapan saja dari akun Anda.',
    notNow: 'Nanti saja',
    checking: 'Sedang memasukkan Anda…',
  },
  passkeys: {
    heading: 'Kunci sandi',
    intro: 'Dengan kunci sandi, Anda masuk dengan sidik jari, wajah, atau kunci layar, bukan dengan kata sandi.',
    manage: 'Kelola kunci sandi',
    loading: 'Memuat kunci sandi Anda…',
    none: 'Anda belum memiliki kunci sandi.',
    add: 'Tambahkan kunci sandi',
    creating: 'Ikuti petunjuk browser Anda untuk membuat kunci sandi.',
    unnamed: 'Kunci sandi',
    added: (date: string) => `Ditambahkan ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'Dengan kunci layar perangkat' : attachment === 'cross-platform' ? 'Kunci keamanan atau ponsel' : 'Pengautentikasi',
    delete: (name: string) => `Hapus ${name}`,
    confirmDelete: (name: string) => `Hapus “${name}”? Anda tidak akan bisa masuk dengannya lagi.`,
    confirm: 'Hapus kunci sandi',
    cancel: 'Jangan hapus',
  },

  config: {
    heading: 'Aplikasi ini tidak dikonfigurasi dengan benar',
    intro: 'Tetapkan variabel waktu build berikut (misalnya di .env.local), lalu build ulang:',
    problems: {
      missingPoolId: () =>
        'VITE_COGNITO_USER_POOL_ID belum diisi: isi dengan ID kumpulan pengguna Anda, seperti eu-west-1_AbCdEf123.',
      missingClientId: () => 'VITE_COGNITO_CLIENT_ID belum diisi: isi dengan ID klien aplikasi tanpa rahasia.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID “${'value' in p ? p.value : ''}” bukan ID kumpulan pengguna: bentuknya seperti eu-west-1_AbCdEf123 (region, garis bawah, ID).`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID “${'value' in p ? p.value : ''}” bukan ID klien aplikasi: salin dari halaman klien aplikasi di konsol Cognito.`,
      badRegion: (p) => `VITE_COGNITO_REGION “${'value' in p ? p.value : ''}” bukan region seperti eu-west-1.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION adalah ${p.region}, tetapi kumpulan pengguna berada di ${p.poolRegion}: hapus VITE_COGNITO_REGION atau samakan keduanya.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT “${'value' in p ? p.value : ''}” bukan URL http(s) seperti http://localhost:9229/.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES “${'value' in p ? p.value : ''}” harus berupa bilangan bulat menit dari 3 hingga 15, sama dengan durasi sesi alur autentikasi klien aplikasi.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY “${'value' in p ? p.value : ''}” bukan kebijakan kata sandi: tuliskan aturan kumpulan pengguna dipisahkan koma, min=<6 hingga 99> dan mana saja dari upper, lower, number, symbol, mis. min=12,upper,lower,number,symbol.`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED “${'value' in p ? p.value : ''}” harus true (kumpulan pengguna mewajibkan MFA) atau false.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}” harus mencantumkan apa yang dipakai untuk masuk, dipisahkan koma, masing-masing sekali: email, phone, username, preferred_username (mis. username,email untuk nama pengguna dengan email sebagai alias).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}” harus mencantumkan atribut yang dipisahkan koma, masing-masing sekali: atribut standar dengan namanya (name, given_name, birthdate, …), atribut kustom dengan label (custom:team=Team); tambahkan ? setelah nama untuk atribut opsional.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}” mencantumkan preferred_username tanpa username: nama pengguna pilihan adalah alias dalam pool nama pengguna (--alias-attributes preferred_username), jadi cantumkan juga username, mis. username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}” mencantumkan preferred_username, yang dijadikan alias oleh VITE_COGNITO_SIGN_IN_WITH: Cognito hanya menerima nama pengguna pilihan sebagai alias setelah akun dikonfirmasi, bukan saat mendaftar. Hapus preferred_username dari VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY “${'value' in p ? p.value : ''}” harus true (hanya administrator yang membuat pengguna) atau false.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS “${'value' in p ? p.value : ''}” bukan daftar faktor pertama: sebutkan yang mana saja dari password, passkey, email, sms, dipisahkan koma dan masing-masing sekali, mis. password,passkey,email.`,
    },
  },
};
