"""Generate large, valid workspaces for benchmarks (deterministic).

Each OPD has a head (JPT), kepala bidang and kepala seksi under it and staff
under the seksi (see make_workspace); every employee has four RHK with three indicators each, a lampiran
and evaluations for all five periods: about the size of a real spec.
"""

from __future__ import annotations

from pathlib import Path

STAFF_PER_OPD = 48
PERIODS = ("triwulan-1", "triwulan-2", "triwulan-3", "triwulan-4", "akhir")
DATES = ("2024-04-05", "2024-07-05", "2024-10-04", "2024-12-20", "2024-12-30")


def nip(index: int) -> str:
    year, month, day = 1970 + index % 30, 1 + index % 12, 1 + index % 28
    tmt = year + 22
    return f"{year:04d}{month:02d}{day:02d}{tmt:04d}{month:02d}{1 + index % 2}{index % 999 + 1:03d}"


def _indicators(rhk: int, jpt: bool) -> str:
    measures = (
        ("perspektif: penerima-layanan", "perspektif: proses-bisnis", "perspektif: anggaran")
        if jpt
        else ("aspek: kuantitas", "aspek: kualitas", "aspek: waktu")
    )
    out = []
    for i, measure in enumerate(measures, 1):
        out.append(
            f"        - id: rhk-{rhk}.{i}\n          {measure}\n"
            f"          iki: Jumlah dokumen perencanaan dan laporan kegiatan nomor {rhk}.{i} yang tersusun tepat waktu\n"
            f"          target: {4 * i}\n          satuan: Dokumen\n"
        )
    return "".join(out)


def spec_text(me: str, penilai: str | None, jenis: str, unit: str | None) -> str:
    jpt = jenis == "jpt-pratama"
    lines = [
        "pegawai:",
        f"  nama: Pegawai {me}, S.Kom.",
        f'  nip: "{me}"',
        "  pangkat: Penata",
        "  golongan: III/c",
        f"  jabatan: Jabatan {jenis} {me}",
        f"  jenis_jabatan: {jenis}",
    ]
    if unit:
        lines.append(f"  unit: {unit}")
    if penilai:
        lines.append(f'pejabat_penilai: "{penilai}"')
    else:
        lines += [
            "pejabat_penilai:",
            "  nama: Drs. Sekretaris Daerah, M.Si.",
            '  nip: "196804121990031005"',
            "  golongan: IV/d",
            "  jabatan: Sekretaris Daerah",
            "atasan_pejabat_penilai:",
            "  nama: Bupati Contoh",
            "  jabatan: Bupati",
        ]
    lines += ["pendekatan: kuantitatif", "penetapan: {tanggal: 2024-01-15}", "hasil_kerja:", "  utama:"]
    text = "\n".join(lines) + "\n"
    for r in range(1, 5):
        link = (
            f'      intervensi: "{penilai}#rhk-{r}"\n'
            if penilai
            else "      intervensi_teks: Sasaran strategis daerah\n"
        )
        text += (
            f"    - id: rhk-{r}\n{link}      rhk: Tersusunnya dokumen dan layanan kegiatan nomor {r} yang berkualitas\n"
        )
        text += "      indikator:\n" + _indicators(r, jpt)
    text += (
        "ekspektasi_khusus_pimpinan:\n  berorientasi_pelayanan: Menindaklanjuti aduan paling lambat dua hari kerja\n"
        "  kolaboratif: Aktif berbagi data dengan perangkat daerah lain\n"
        "lampiran:\n  dukungan_sumber_daya: [Anggaran DPA, Sarana & prasarana kantor]\n"
        "  skema_pertanggungjawaban: [Laporan bulanan kepada atasan langsung]\n"
        "  konsekuensi: [Realisasi di bawah target menurunkan predikat kinerja]\nevaluasi:\n"
    )
    for periode, tanggal in zip(PERIODS, DATES, strict=True):
        text += f"  {periode}:\n    tanggal: {tanggal}\n    hasil_kerja:\n"
        for r in range(1, 5):
            for i in range(1, 4):
                text += f"      rhk-{r}.{i}: {{realisasi: {i}, umpan_balik: Sesuai rencana dan bukti dukung}}\n"
        text += (
            "    perilaku_kerja:\n      akuntabel: Laporan tepat waktu\n"
            "    rating_hasil_kerja: sesuai-ekspektasi\n    rating_perilaku_kerja: sesuai-ekspektasi\n"
            "    predikat: baik\n"
        )
    return text


def make_workspace(root: Path, employees: int, per_opd: int = STAFF_PER_OPD, sizes: list[int] | None = None) -> Path:
    """Write a valid workspace of about ``employees`` specs below ``root``.

    Each OPD is a tree as real ones are: the head; a bidang per ~40 people
    (at least two) with its kepala bidang; three seksi in each bidang with a
    kepala seksi; the staff spread over the seksi, each rated by the kepala
    seksi (about 12 per seksi in an OPD of 200). ``sizes`` gives each OPD its
    own size in turn (then ``per_opd`` for any OPD past the list).
    """
    root.mkdir(parents=True, exist_ok=True)
    (root / "skpdoc.yaml").write_text("instansi: Pemerintah Kabupaten Contoh\ntahun: 2024\ntempat: Kota Contoh\n")
    index = 0
    opd_number = 0
    while index < employees:
        opd_number += 1
        if sizes:
            per_opd = sizes[opd_number - 1] if opd_number <= len(sizes) else per_opd
        folder = root / f"opd-{opd_number:03d}"
        folder.mkdir(exist_ok=True)
        bidang = max(2, round(per_opd / 40))
        units = []
        for b in range(1, bidang + 1):
            units.append(f"  - {{id: bidang-{b}, nama: Bidang {b}}}\n")
            units += [f"  - {{id: seksi-{b}-{s}, nama: Seksi {b}.{s}, induk: bidang-{b}}}\n" for s in (1, 2, 3)]
        head = nip(index)
        index += 1
        (folder / "opd.yaml").write_text(f'nama: Dinas Contoh {opd_number}\nkepala: "{head}"\nunit:\n' + "".join(units))
        (folder / f"{head}.yaml").write_text(spec_text(head, None, "jpt-pratama", None))
        seksi: list[tuple[str, str]] = []  # (kepala seksi, unit)
        for b in range(1, bidang + 1):
            kabid = nip(index)
            index += 1
            (folder / f"{kabid}.yaml").write_text(spec_text(kabid, head, "administrator", f"bidang-{b}"))
            for s in (1, 2, 3):
                kasi = nip(index)
                index += 1
                (folder / f"{kasi}.yaml").write_text(spec_text(kasi, kabid, "pengawas", f"seksi-{b}-{s}"))
                seksi.append((kasi, f"seksi-{b}-{s}"))
        for s in range(per_opd - 1 - 4 * bidang):
            if index >= employees:
                break
            me = nip(index)
            index += 1
            kasi, unit = seksi[s % len(seksi)]
            (folder / f"{me}.yaml").write_text(spec_text(me, kasi, "pelaksana", unit))
    return root
