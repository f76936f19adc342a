"""The first sheet of an exported workbook: how to fill it, in Indonesian (the operators' language)."""

from __future__ import annotations

INSTRUCTIONS: tuple[str, ...] = (
    "Petunjuk pengisian SKP di Excel (skpdoc)",
    "",
    "Buku kerja ini diekspor dari workspace SKP dengan `skpdoc export xlsx`. Setelah diisi, kirim kembali ke "
    "pengelola kinerja (BKPSDM), yang memasukkannya dengan `skpdoc import xlsx BERKAS.xlsx`; perubahan Anda "
    "ditinjau sebagai diff git. Isilah buku kerja ini sampai selesai sebelum ekspor berikutnya.",
    "",
    "Lembar",
    "• Pegawai: identitas pegawai (hanya untuk dibaca; ubah lewat pengelola kinerja), kecuali jenjang jabatan "
    "fungsional, yang dipilih dari daftar bila masih [ISI]; lalu yang diisi di sini: NIP pejabat penilai (bila SKP-nya ada di workspace) atau nama, NIP dan jabatan pejabat penilai di luar "
    "workspace (mis. Sekretaris Daerah untuk Kepala Dinas) beserta atasannya, serta tempat dan tanggal penetapan SKP.",
    '• RHK: rencana hasil kerja utama dan tambahan. Kolom "RHK atasan yang diintervensi" berisi daftar pilihan '
    "RHK pejabat penilai (id — teks); pilih dari daftar. Untuk JPT atau atasan di luar workspace, isi kolom "
    '"Intervensi (teks)".',
    "• Indikator: indikator kinerja individu per RHK. Pendekatan kuantitatif: Aspek (JPT: Perspektif), IKI, "
    "Target (angka) dan Satuan. Pendekatan kualitatif: Ukuran keberhasilan.",
    "• Ekspektasi: ekspektasi khusus pimpinan per nilai BerAKHLAK.",
    "• Lampiran: dukungan sumber daya, skema pertanggungjawaban, konsekuensi; satu butir per baris.",
    "• Evaluasi: per pegawai dan periode: tanggal, tempat, rating hasil kerja, rating perilaku kerja, predikat, "
    "catatan/rekomendasi dan umpan balik perilaku kerja.",
    "• Realisasi: per pegawai, periode dan indikator: realisasi, umpan balik, bukti dukung (satu tautan per baris "
    "dalam sel; Alt+Enter untuk baris baru).",
    "",
    "Sel yang boleh diubah",
    "• Sel putih boleh diubah. Sel abu-abu (NIP, ID, periode, nama, konteks) terkunci karena menjadi kunci baris; "
    "lembar dilindungi tanpa kata sandi. Jangan membuka proteksi lembar, mengganti nama lembar atau menghapus baris.",
    "• Kolom dengan pilihan tetap (jenjang, aspek, perspektif, rating, predikat, periode) memakai daftar pilihan.",
    "• Target harus berupa angka (12 atau 12,5). Realisasi boleh angka atau uraian. Tanggal ditulis sebagai "
    "tanggal (2024-04-05 atau 05/04/2024).",
    '• Teks "[ISI: ...]" menandai isian yang belum diisi: ganti dengan nilainya. Di kolom berdaftar pilihan, '
    "pilih nilainya dari daftar.",
    "• Tanggal penetapan: tanggal SKP ditetapkan (ditandatangani), di lembar Pegawai. Tempat penetapan boleh "
    "dikosongkan: tempat di pengaturan workspace yang dipakai.",
    "",
    "Usulan yang harus dikonfirmasi",
    "• Sebagian nilai hanya usulan: pejabat penilai yang diusulkan dari daftar pegawai, target dan penilai yang "
    "disalin dari tahun lalu. Sel usulan dan sel Konfirmasi di barisnya berwarna kuning; di lembar Pegawai kolom "
    '"Usulan belum dikonfirmasi" menyebut usulan itu beserta nilainya. Formulirnya berjudul KONSEP sampai semua '
    "usulan dikonfirmasi.",
    '• Bila usulan sudah benar, pilih "ya" di kolom Konfirmasi baris itu (lembar Pegawai, RHK atau Indikator): '
    "semua usulan di baris itu dikonfirmasi saat impor.",
    "• Bila usulan salah, ganti nilainya (mis. NIP pejabat penilai, atau target): nilai usulan yang diubah juga "
    "dianggap sudah dikonfirmasi.",
    "• Sel Konfirmasi abu-abu berarti tidak ada usulan di baris itu.",
    "",
    "Menambah",
    "• Tambahkan baris baru di bawah tabel (bukan di tengah), dengan NIP pegawai di kolom A.",
    "• RHK baru: isi Jenis (utama/tambahan), ID RHK baru (mis. rhk-4), RHK atasan dan teks RHK; lalu tambahkan "
    "paling sedikit satu indikator untuk ID RHK itu di lembar Indikator.",
    "• Indikator baru: isi NIP dan ID RHK; ID indikator boleh dikosongkan (dibuat otomatis, mis. rhk-1.4).",
    "• Butir lampiran baru: isi NIP, Bagian dan Uraian; kolom No boleh dikosongkan.",
    "• Realisasi untuk indikator yang baru ditambahkan: ekspor ulang setelah impor, atau tambahkan baris dengan "
    "NIP, periode dan ID indikator.",
    "",
    "Menghapus dan mengosongkan",
    '• RHK atau indikator dihapus dengan memilih "hapus" di kolom Hapus (RHK terhapus beserta indikatornya; '
    "realisasi indikator yang dihapus ikut terhapus).",
    "• Sel lain yang dikosongkan berarti isian itu dihapus: ekspektasi, butir lampiran, umpan balik, predikat, dst.",
    "• Seluruh baris Evaluasi dan Realisasi suatu periode yang dikosongkan berarti evaluasi periode itu dihapus.",
    '• Isian wajib suatu evaluasi (tanggal, kedua rating, realisasi) yang dikosongkan menjadi "[ISI: ...]".',
    "",
    "Saat impor",
    "• Semua kesalahan ditunjukkan sekaligus dengan letak selnya (BERKAS.xlsx!Indikator!H12) dan tidak ada berkas "
    "yang diubah sampai semuanya benar; lalu aturan yang sama dengan `skpdoc validate` diperiksa.",
    "• Buku kerja dari workspace, tahun atau OPD lain ditolak. Bila SKP seorang pegawai diubah di workspace setelah "
    "ekspor dan barisnya juga diubah di sini, impor ditolak: ekspor ulang dan salin isian Anda ke buku kerja baru.",
    "• Jangan mengubah lembar tersembunyi; lembar itu dipakai untuk memeriksa hal-hal di atas.",
)
