"""Messages of the Excel round trip, `skpdoc export xlsx` and `skpdoc import xlsx` (X)."""

from __future__ import annotations

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    # --- the Excel round trip (skpdoc.excel) ---------------------------------
    "X001": {
        "id": (
            "bukan buku kerja ekspor skpdoc (lembar tersembunyi 'skpdoc' tidak ada atau rusak)",
            "impor hanya buku kerja dari `skpdoc export xlsx`; ekspor ulang bila lembar itu terhapus",
        ),
        "en": (
            "not a workbook exported by skpdoc (the hidden sheet 'skpdoc' is missing or damaged)",
            "import only workbooks made by `skpdoc export xlsx`; export again if that sheet was deleted",
        ),
    },
    "X002": {
        "id": (
            "buku kerja ini diekspor untuk {what} {theirs}, bukan {ours}",
            "impor ke workspace, tahun dan OPD asal buku kerja itu, atau ekspor ulang dari workspace ini",
        ),
        "en": (
            "this workbook was exported for {what} {theirs}, not {ours}",
            "import it into the workspace, year and OPD it came from, or export again from this workspace",
        ),
    },
    "X003": {
        "id": (
            "SKP pegawai ini ({file}) diubah di workspace setelah ekspor, dan barisnya juga diubah di buku kerja",
            "ekspor ulang OPD ini, salin isian Anda ke buku kerja baru, lalu impor buku kerja baru itu",
        ),
        "en": (
            "this employee's spec ({file}) changed in the workspace after the export, and its rows were edited too",
            "export the OPD again, copy your edits into the new workbook, then import that one",
        ),
    },
    "X004": {
        "id": (
            "SKP pegawai ini ({file}) tidak ada lagi di workspace, tetapi barisnya diubah di buku kerja",
            "periksa apakah berkasnya dipindah atau dihapus; ekspor ulang OPD ini",
        ),
        "en": (
            "this employee's spec ({file}) is no longer in the workspace, but its rows were edited",
            "check whether the file was moved or removed; export the OPD again",
        ),
    },
    "X005": {
        "id": ("buku kerja tidak dapat dibuka: {detail}", "simpan ulang sebagai Excel Workbook (.xlsx)"),
        "en": ("cannot open the workbook: {detail}", "save it again as an Excel Workbook (.xlsx)"),
    },
    "X006": {
        "id": ("lembar ini tidak ada di buku kerja", "jangan menghapus atau mengganti nama lembar; ekspor ulang"),
        "en": ("this sheet is missing from the workbook", "do not delete or rename sheets; export again"),
    },
    "X007": {
        "id": ("buku kerja harus berakhiran .xlsx", "beri nama berkas keluaran seperti diskominfo.xlsx"),
        "en": ("the workbook must end in .xlsx", "name the output file like diskominfo.xlsx"),
    },
    "X008": {
        "id": ("kolom '{kolom}' tidak ada di baris judul", "jangan mengubah baris judul; ekspor ulang"),
        "en": ("column '{kolom}' is missing from the header row", "do not change the header row; export again"),
    },
    "X010": {
        "id": (
            "{kolom} harus berupa angka, bukan '{value}'",
            "tulis angkanya saja, mis. 12 atau 12,5; satuan di kolom Satuan",
        ),
        "en": (
            "{kolom} must be a number, not '{value}'",
            "write the number alone, e.g. 12 or 12.5; the unit goes in Satuan",
        ),
    },
    "X011": {
        "id": ("{kolom}: '{value}' bukan pilihan yang sah", "pilih dari daftar; {suggestion}"),
        "en": ("{kolom}: '{value}' is not one of the choices", "pick from the drop-down list; {suggestion}"),
    },
    "X012": {
        "id": ("{kolom} harus berupa tanggal, bukan '{value}'", "tulis tanggal seperti 2024-04-05 atau 05/04/2024"),
        "en": ("{kolom} must be a date, not '{value}'", "write a date like 2024-04-05 or 05/04/2024"),
    },
    "X013": {
        "id": ("{kolom} wajib diisi", "isi sel ini; untuk menghapus RHK atau indikator pilih 'hapus' di kolom Hapus"),
        "en": (
            "{kolom} is required",
            "fill in this cell; to remove an RHK or indicator choose 'hapus' in the Hapus column",
        ),
    },
    "X014": {
        "id": (
            "NIP {value} tidak termasuk pegawai buku kerja ini (OPD {opd})",
            "periksa NIP; pegawai baru ditambahkan di workspace (skpdoc new), lalu ekspor ulang",
        ),
        "en": (
            "NIP {value} is not an employee of this workbook (OPD {opd})",
            "check the NIP; add new employees in the workspace (skpdoc new), then export again",
        ),
    },
    "X015": {
        "id": (
            "{kolom} harus 18 angka yang ditulis sebagai teks, bukan '{value}'",
            "format sel sebagai Teks, lalu ketik NIP lengkap",
        ),
        "en": (
            "{kolom} must be 18 digits written as text, not '{value}'",
            "format the cell as Text, then type the whole NIP",
        ),
    },
    "X016": {
        "id": ("baris ini sama kuncinya dengan baris {other}", "hapus salah satu baris, atau beri ID lain"),
        "en": ("this row has the same key as row {other}", "remove one of the rows, or give another id"),
    },
    "X017": {
        "id": (
            "{kolom} '{value}' bukan ID yang sah",
            "pakai huruf kecil, angka, titik, garis bawah atau tanda hubung, mis. rhk-4 atau rhk-4.1",
        ),
        "en": (
            "{kolom} '{value}' is not a valid id",
            "use lowercase letters, digits, dots, underscores or hyphens, e.g. rhk-4 or rhk-4.1",
        ),
    },
    "X018": {
        "id": (
            "baris {baris} hilang dari lembar {lembar}",
            "jangan menghapus baris; untuk menghapus isian, kosongkan selnya atau pilih 'hapus'",
        ),
        "en": (
            "row {baris} is missing from sheet {lembar}",
            "do not delete rows; to remove something, empty its cells or choose 'hapus'",
        ),
    },
    "X019": {
        "id": (
            "{kolom}: '{value}' bukan RHK atasan yang dapat dibaca",
            "pilih dari daftar, atau tulis <nip>#<id-rhk>; bila pejabat penilai di luar workspace, isi Intervensi (teks)",
        ),
        "en": (
            "{kolom}: '{value}' is not a superior's RHK that can be read",
            "pick from the list, or write <nip>#<rhk-id>; when the penilai is outside the workspace, fill Intervensi (teks)",
        ),
    },
    "X020": {
        "id": ("{kolom} '{value}' tidak ada pada SKP pegawai ini", "periksa ID-nya di lembar RHK atau Indikator"),
        "en": ("{kolom} '{value}' is not in this employee's plan", "check the id in the RHK or Indikator sheet"),
    },
    "X021": {
        "id": (
            "RHK {value} tidak memiliki indikator",
            "tambahkan paling sedikit satu baris di lembar Indikator dengan ID RHK ini",
        ),
        "en": ("RHK {value} has no indicator", "add at least one row with this RHK id to the Indikator sheet"),
    },
    "X022": {
        "id": ("ID RHK baru wajib diisi", "beri ID baru, mis. {contoh}, dan pakai ID itu untuk indikatornya"),
        "en": ("a new RHK needs an id", "give a new id, e.g. {contoh}, and use it for its indicators"),
    },
    "X023": {
        "id": (
            "ID '{value}' sudah dipakai pada SKP pegawai ini",
            "beri ID lain yang belum dipakai (RHK dan indikator)",
        ),
        "en": (
            "the id '{value}' is already used in this employee's plan",
            "give another id not used yet (RHK and indicators)",
        ),
    },
    "X024": {
        "id": ("periode {value} tidak diekspor dalam buku kerja ini", "ekspor ulang dengan periode itu (--periode)"),
        "en": ("periode {value} was not exported in this workbook", "export again with that periode (--periode)"),
    },
    "X030": {
        "id": (
            "{count} kesalahan; tidak ada berkas yang diubah",
            "perbaiki buku kerja di letak yang ditunjukkan, lalu impor lagi",
        ),
        "en": ("{count} {count:error|errors}; no file was changed", "fix the workbook where shown, then import again"),
    },
    "X040": {
        "id": ("{file}: {count} pegawai OPD {opd} diekspor", ""),
        "en": ("{file}: {count} {count:employee|employees} of OPD {opd} exported", ""),
    },
    "X041": {
        "id": ("{count} berkas SKP diperbarui dari {file}", ""),
        "en": ("{count} spec {count:file|files} updated from {file}", ""),
    },
    "X042": {
        "id": ("tidak ada perubahan dari {file}", ""),
        "en": ("no changes from {file}", ""),
    },
    "X043": {
        "id": ("{count} berkas SKP akan diperbarui dari {file} (--dry-run: tidak ada yang ditulis)", ""),
        "en": ("{count} spec {count:file|files} would be updated from {file} (--dry-run: nothing written)", ""),
    },
    "X050": {
        "id": (
            "{kolom} dan pejabat penilai di luar workspace keduanya diisi",
            "isi NIP pejabat penilai bila SKP-nya ada di workspace, atau nama dan jabatan pejabat di luar workspace; kosongkan yang lain",
        ),
        "en": (
            "both {kolom} and a penilai outside the workspace are filled",
            "fill the penilai's NIP when his or her spec is in the workspace, or the name and jabatan of an official outside it; empty the other",
        ),
    },
}
