import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'Diagnosis kumpulan pengguna',
  intro: 'Halaman ini memeriksa pengaturan kumpulan pengguna Cognito dan klien aplikasi situs ini, berdasarkan jawaban Cognito kepada browser.',
  harmless:
    'Halaman ini mengirim dua permintaan yang ditolak Cognito: masuk dengan nama pengguna yang tidak mungkin ada, dan penyegaran token dengan sesuatu yang bukan token. Tidak ada akun yang dibuat, tidak ada yang dikirim kepada siapa pun, dan tidak ada API admin yang digunakan.',
  running: 'Menanyai Cognito…',
  runAgain: 'Periksa lagi',
  language: 'Bahasa',
  status: { pass: 'Lolos', problem: 'Bermasalah', unknown: 'Tidak dapat dipastikan' },
  findings: {
    endpoint: {
      title: 'Endpoint Cognito dapat dijangkau',
      answered: (p) => `Cognito menjawab dari ${p.endpoint}, dan browser mengizinkan halaman membaca jawabannya (CORS).`,
      notCognito: (p) => `Sesuatu yang bukan Cognito menjawab di ${p.endpoint}: proxy, portal tawanan (captive portal), atau VITE_COGNITO_ENDPOINT yang salah.`,
      noAnswer: (p) =>
        `Tidak ada jawaban dari ${p.endpoint}: komputer ini sedang offline, host-nya salah, atau endpoint tidak mengizinkan asal ini (CORS). Cognito sendiri mengizinkan semua asal; emulator belum tentu.`,
      blockedByCsp: (p) => `Browser tidak mengirim permintaan: Content-Security-Policy halaman ini tidak mengizinkan ${p.endpoint} (lihat di bawah).`,
    },
    csp: {
      title: 'Content-Security-Policy mengizinkan endpoint',
      allows: (p) => `connect-src mengizinkan ${p.endpoint}.`,
      blocks: (p) => `connect-src (atau default-src) tidak mengizinkan ${p.endpoint}: setiap upaya masuk akan gagal. Kirim header ini:`,
      violated: (p) => `Browser memblokir permintaan ke ${p.endpoint} berdasarkan kebijakan halaman ini: setiap upaya masuk akan gagal. Kirim header ini:`,
      none: () => 'Halaman ini disajikan tanpa Content-Security-Policy. Halaman tetap berfungsi, tetapi tanpa perlindungan terhadap skrip yang disisipkan. Kirim header ini:',
      unread: () => 'Halaman tidak dapat membaca kebijakan yang menyertainya. Pastikan header ini dikirim:',
    },
    client: {
      title: 'Klien aplikasi ada',
      found: (p) => `Cognito mengenali klien aplikasi ${p.clientId} di ${p.region}.`,
      notFound: (p) =>
        `Cognito menjawab bahwa klien aplikasi ${p.clientId} tidak ada di ${p.region}: ID klien atau region kumpulan pengguna salah. Temukan kliennya, atau buat yang baru, lalu atur VITE_COGNITO_CLIENT_ID dan build ulang:`,
      unknown: () => 'Jawaban Cognito tidak menyebutkannya.',
    },
    pool: {
      title: 'Klien aplikasi milik kumpulan pengguna',
      notProbed: (p) =>
        `ID kumpulan pengguna ${p.userPoolId} menunjukkan region (${p.region}). Browser tidak dapat memeriksa apakah klien termasuk dalam kumpulan ini: permintaan masuk hanya menyebut klien. Periksa dengan:`,
    },
    secret: {
      title: 'Klien aplikasi tidak punya rahasia',
      none: () => 'Klien menerima permintaan masuk tanpa hash rahasia.',
      hasSecret: (p) =>
        `Klien aplikasi ${p.clientId} punya rahasia klien, yang tidak dapat dijaga oleh aplikasi browser. Rahasia tidak dapat dihapus dari klien: buat klien tanpa rahasia, atur VITE_COGNITO_CLIENT_ID ke ID yang ditampilkannya, lalu build ulang:`,
      unknown: () => 'Jawaban Cognito tidak menyebutkannya.',
    },
    passwordAuth: {
      title: 'Masuk dengan kata sandi diizinkan (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'Klien mengizinkan USER_PASSWORD_AUTH.',
      off: () => 'Klien tidak mengizinkan USER_PASSWORD_AUTH: tidak ada yang bisa masuk. Aktifkan:',
      behindSecret: () => 'Cognito berhenti di rahasia klien sebelum menyebutkannya.',
      unknown: () => 'Jawaban Cognito tidak menyebutkannya.',
    },
    refresh: {
      title: 'Penyegaran token diizinkan (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'Klien mengizinkan REFRESH_TOKEN_AUTH, yang dipakai halaman ini agar pengguna tetap masuk.',
      off: () =>
        'Klien menolak REFRESH_TOKEN_AUTH (dinonaktifkan, atau rotasi token penyegaran aktif, yang tidak dipakai halaman ini): pengguna akan keluar saat token mereka kedaluwarsa, secara default setelah satu jam. Aktifkan:',
      behindSecret: () => 'Cognito berhenti di rahasia klien sebelum menyebutkannya.',
      unknown: () => 'Jawaban Cognito tidak menyebutkannya.',
    },
    userExistence: {
      title: 'Perlindungan keberadaan pengguna (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: email yang tidak dikenal mendapat “Incorrect username or password.” (NotAuthorizedException), sama seperti kata sandi yang salah, dan saat reset dikatakan bahwa kode sedang dikirim. Tidak ada yang bisa mengetahui dari halaman ini siapa yang punya akun.',
      enabledByTrigger: () =>
        'ENABLED: Cognito menjalankan pemicu praautentikasi untuk pengguna yang tidak ada, yang hanya dilakukannya bila perlindungan ini aktif.',
      legacy: () =>
        'LEGACY: Cognito menjawab email yang tidak dikenal dengan UserNotFoundException, sehingga siapa pun dapat mengetahui email mana yang punya akun. Halaman ini tetap menampilkan email atau kata sandi salah saat masuk, tetapi layar reset dan konfirmasinya mengatakan “Kami tidak menemukan akun dengan email ini.” Untuk menyembunyikannya:',
      unknown: () => 'Jawaban Cognito tidak menyebutkannya.',
    },
    trigger: {
      title: 'Pemicu Lambda',
      refused: () =>
        'Pemicu Lambda menolak permintaan masuk dari pengguna yang tidak ada, atau gagal (jawabannya ada di bawah). Dengan PreventUserExistenceErrors bernilai ENABLED, pemicu praautentikasi juga berjalan untuk pengguna yang tidak dikenal, dengan userNotFound bernilai true; pemicu yang mengembalikan peristiwa tanpa perubahan untuk mereka membiarkan Cognito menjawab “Incorrect username or password.” seperti biasa. Perbaikannya ada di kode pemicu.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client mengembalikan setiap pengaturan yang tidak diberikan ke nilai default-nya (masa berlaku token, atribut, pengaturan OAuth, dan lainnya). Baca dulu pengaturan klien saat ini dengan ${describe}, lalu tambahkan pengaturan yang Anda andalkan.`,
    newClient: 'Klien baru mendapat pengaturan yang dibutuhkan halaman ini.',
    check: 'Menampilkan pengaturan klien; tidak mengubah apa pun.',
    header: 'Kirim dari host (README, “Content-Security-Policy”), dengan endpoint kumpulan pengguna di connect-src.',
  },
  copy: 'Salin',
  copied: 'Disalin',
  copyFailed: 'Gagal menyalin: pilih teksnya secara manual',
  answers: {
    heading: 'Jawaban Cognito',
    signIn: 'Masuk sebagai pengguna yang tidak mungkin ada (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Penyegaran dengan sesuatu yang bukan token (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Diterima',
    noAnswer: 'Tidak ada jawaban',
    notCognito: (status) => `HTTP ${status}, bukan JSON Cognito`,
  },
};
