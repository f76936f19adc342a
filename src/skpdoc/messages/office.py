"""Messages of LibreOffice and the PDFs it writes (O): why a form did not convert, how to install it.

The causes are kept as codes (:class:`skpdoc.hints.Phrase`) from where they
arise, even in the UNO worker, which sends the code and its arguments, so a
failed form is reported in the language of the command. What LibreOffice or
pypdf said in their own words (``detail``) is quoted as it is.
O001 (LibreOffice missing) is with the files' messages.
"""

from __future__ import annotations

# code -> lang -> (message, hint). Placeholders use str.format names.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    # --- how to install LibreOffice: the {install} of O001 ---------------------------------
    "O002": {
        "id": (
            "apt-get install libreoffice-writer-nogui (Debian/Ubuntu), dengan python3-uno agar konversi lebih cepat "
            "dan fonts-crosextra-carlito fonts-crosextra-caladea agar halamannya setia pada aslinya",
            "",
        ),
        "en": (
            "apt-get install libreoffice-writer-nogui (Debian/Ubuntu), with python3-uno for faster conversion and "
            "fonts-crosextra-carlito fonts-crosextra-caladea for faithful pages",
            "",
        ),
    },
    "O003": {
        "id": ("https://www.libreoffice.org/download/ (penginstalnya, ke C:\\Program Files\\LibreOffice)", ""),
        "en": ("https://www.libreoffice.org/download/ (the installer, into C:\\Program Files\\LibreOffice)", ""),
    },
    "O004": {
        "id": ("brew install --cask libreoffice, atau https://www.libreoffice.org/download/", ""),
        "en": ("brew install --cask libreoffice, or https://www.libreoffice.org/download/", ""),
    },
    # --- LibreOffice cannot be started at all (the build stops) ----------------------------
    "O005": {
        "id": (
            "LibreOffice tidak dapat dijalankan: {cause}{log}",
            "periksa apakah '{soffice} --headless --convert-to pdf BERKAS.docx' berjalan",
        ),
        "en": (
            "LibreOffice could not be started: {cause}{log}",
            "check that '{soffice} --headless --convert-to pdf FILE.docx' works",
        ),
    },
    # --- the .docx given to convert ---------------------------------------------------------
    "O010": {
        "id": ("berkasnya kosong (0 bita)", ""),
        "en": ("the file is empty (0 bytes)", ""),
    },
    "O011": {
        "id": ("bukan dokumen Word (tidak ada word/document.xml)", ""),
        "en": ("not a Word document (it has no word/document.xml)", ""),
    },
    "O012": {
        "id": ("berkasnya tidak ada", ""),
        "en": ("the file does not exist", ""),
    },
    "O013": {
        "id": ("bukan .docx yang valid, berkasnya rusak atau terpotong ({detail})", ""),
        "en": ("not a valid .docx, the file is damaged or truncated ({detail})", ""),
    },
    # --- the PDF LibreOffice wrote ------------------------------------------------------------
    "O014": {
        "id": ("LibreOffice menulis PDF kosong", ""),
        "en": ("LibreOffice wrote an empty PDF", ""),
    },
    "O015": {
        "id": ("LibreOffice melaporkan berhasil, tetapi tidak menulis PDF", ""),
        "en": ("LibreOffice reported success but wrote no PDF", ""),
    },
    "O016": {
        "id": ("PDF yang ditulis LibreOffice tidak dapat dibuka ({detail})", ""),
        "en": ("the PDF LibreOffice wrote does not open ({detail})", ""),
    },
    "O017": {
        "id": ("PDF yang ditulis LibreOffice tidak berhalaman", ""),
        "en": ("the PDF LibreOffice wrote has no pages", ""),
    },
    # --- LibreOffice while converting -----------------------------------------------------
    "O020": {
        "id": ("{cause} (dicoba {attempts} kali)", ""),
        "en": ("{cause} (tried {attempts} {attempts:time|times})", ""),
    },
    "O021": {
        "id": ("proses LibreOffice sudah berhenti", ""),
        "en": ("the LibreOffice worker had stopped", ""),
    },
    "O022": {
        "id": ("LibreOffice mogok atau dihentikan paksa", ""),
        "en": ("LibreOffice crashed or was killed", ""),
    },
    "O023": {
        "id": ("LibreOffice tidak selesai dalam {seconds} detik dan dihentikan", ""),
        "en": ("LibreOffice did not finish within {seconds} s and was killed", ""),
    },
    "O024": {
        "id": ("LibreOffice tidak dapat memuat dokumen itu", ""),
        "en": ("LibreOffice could not load the document", ""),
    },
    "O025": {
        "id": ("LibreOffice tidak dapat membuka dokumen itu", ""),
        "en": ("LibreOffice could not open the document", ""),
    },
    "O026": {
        "id": ("LibreOffice tidak membukanya sebagai dokumen teks", ""),
        "en": ("LibreOffice did not open it as a text document", ""),
    },
    "O027": {
        "id": ("LibreOffice tidak dapat dijalankan (kode keluar {status})", ""),
        "en": ("LibreOffice could not be started (exit code {status})", ""),
    },
    "O028": {
        "id": ("LibreOffice tidak siap (kode keluar {status})", ""),
        "en": ("LibreOffice did not start (exit code {status})", ""),
    },
    "O029": {
        "id": ("LibreOffice gagal dengan {kind}{detail}", ""),  # detail: ": " and LibreOffice's words, if any
        "en": ("LibreOffice raised {kind}{detail}", ""),
    },
    "O030": {
        "id": (
            "font Liberation Sans ({filename}) tidak ditemukan: sampul, daftar isi dan nomor halaman bundel memakainya,"
            " tertanam di PDF",
            "pasang paket fonts-liberation (Debian/Ubuntu: apt-get install fonts-liberation; Fedora:"
            " liberation-sans-fonts), atau buat tanpa bundel dengan --nip",
        ),
        "en": (
            "font Liberation Sans ({filename}) not found: the bundle's cover, contents and page numbers use it,"
            " embedded in the PDF",
            "install the fonts-liberation package (Debian/Ubuntu: apt-get install fonts-liberation; Fedora:"
            " liberation-sans-fonts), or build without bundles with --nip",
        ),
    },
}
