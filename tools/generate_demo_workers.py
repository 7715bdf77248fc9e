#!/usr/bin/env python3
"""Writes seeds/demo/workers.csv: ~2,000 synthetic informal workers for demo mode.

Deterministic (fixed seed), spread over every desa of Jorong and Kintap, NIKs that pass the
NIK rules (63 01 KK DD MM YY SSSS, women's day + 40), ages 20-58 in 2026 so the seed stays
inside the 18-65 programme limits for years. No real people: names are combined at random.
Run from the repository root: python3 tools/generate_demo_workers.py
"""
import csv
import random

rng = random.Random(20261123)

desa = []
with open("seeds/wilayah-tanah-laut.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["jenis"] in ("desa", "kelurahan") and row["kode_kecamatan"] in ("63.01.02", "63.01.07"):
            desa.append((row["kode"], row["nama"], row["kode_kecamatan"]))

male = ["Ahmad", "Muhammad", "Rahmat", "Syahrani", "Fauzi", "Hendra", "Rudi", "Arif", "Irwan", "Budi", "Junaidi",
        "Zainal", "Saprudin", "Mahyudin", "Hairani", "Yusuf", "Anwar", "Gusti", "Rizky", "Samsul", "Abdul", "Taufik",
        "Herman", "Ismail", "Jailani", "Kamarudin", "Darmansyah", "Akhmad", "Noor", "Fahrul", "Riduan", "Syarifudin"]
female = ["Siti", "Nur", "Aminah", "Rahmah", "Fatimah", "Halimah", "Salmah", "Norhayati", "Rusmini", "Wahyuni",
          "Lina", "Hamidah", "Jamilah", "Murni", "Rina", "Sri", "Dewi", "Yuliani", "Mariani", "Nurul", "Hasanah",
          "Rabiatul", "Masitah", "Saidah", "Khairunnisa", "Maulida", "Ernawati", "Husnah"]
family = ["Rahman", "Hidayat", "Saputra", "Anshari", "Noor", "Arsyad", "Baseri", "Kurniawan", "Maulana", "Effendi",
          "Hamdani", "Syahputra", "Ramadhani", "Wijaya", "Hakim", "Mulyadi", "Santoso", "Pratama", "Hasan", "Zakaria",
          "Hairudin", "Jumberi"]
family_female = family + ["Fitriani", "Rahmawati", "Lestari", "Utami", "Yanti", "Amalia"]
places = ["Pelaihari", "Jorong", "Kintap", "Asam-Asam", "Banjarmasin", "Martapura", "Batulicin", "Kotabaru",
          "Surabaya", "Banyuwangi", "Lamongan", "Barabai", "Kandangan", "Amuntai", "Sebamban"]
occupations = (["petani"] * 14 + ["buruh_tani"] * 8 + ["nelayan"] * 10 + ["pembudidaya_tambak"] * 3 + ["peternak"] * 3
               + ["pedagang"] * 9 + ["ojek"] * 7 + ["sopir"] * 4 + ["kurir"] * 1 + ["motoris_kapal"] * 2
               + ["buruh_harian_lepas"] * 10 + ["buruh_bongkar_muat"] * 3 + ["tukang"] * 4 + ["pemulung"] * 1
               + ["petugas_kebersihan"] * 2 + ["penjaga_malam"] * 1 + ["marbot_guru_ngaji"] * 2
               + ["asisten_rumah_tangga"] * 2 + ["tukang_parkir"] * 1 + ["pengrajin"] * 2 + ["usaha_mikro"] * 3)
streets = ["Jl. Ahmad Yani", "Jl. Trans Kalimantan", "Jl. Pantai", "Jl. Pasar", "Jl. Masjid", "Gg. Mawar", "Gg. Melati",
           "Jl. Pelabuhan", "Jl. Kebun", "Dusun Harapan", "Dusun Sumber Rejeki", "Jl. Sawit"]
asal = ["Loket"] * 4 + ["Perisai"] * 4 + ["PendataanDesa"] * 3 + ["UsulanPerusahaan"]

rows = []
serial = 0
used_phones = set()
for i in range(2000):
    code, desa_name, kec = desa[i % len(desa)]
    sex = "P" if rng.random() < 0.42 else "L"
    year = rng.randint(1968, 2006)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    serial += 1
    # Most were issued in their own kecamatan; some moved in from elsewhere (NIK keeps the first issuing place).
    region = "6301" + kec[-2:] if rng.random() < 0.9 else rng.choice(["637101", "630301", "351001", "630501"])
    nik = f"{region}{day + (40 if sex == 'P' else 0):02d}{month:02d}{year % 100:02d}{serial:04d}"
    given = rng.choice(female if sex == "P" else male)
    surnames = family_female if sex == "P" else family
    name = f"{given} {rng.choice(surnames)}"
    if rng.random() < 0.3:
        name = f"{given} {rng.choice(male)} {rng.choice(family)}"
    phone = ""
    if rng.random() < 0.85:
        while True:
            phone = "08" + rng.choice(["12", "13", "21", "22", "52", "53", "57", "77", "95"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
            if phone not in used_phones:
                used_phones.add(phone)
                break
    occupation = rng.choice(occupations)
    # CSR programmes almost always declare the minimum income (domain brief); the demo follows suit.
    income = 1_000_000
    consent_month = rng.randint(1, 10)
    rows.append({
        "nik": nik, "nama": name, "tempat_lahir": rng.choice(places), "tanggal_lahir": f"{year:04d}-{month:02d}-{day:02d}",
        "jenis_kelamin": sex, "kode_desa": code, "rt": f"{rng.randint(1, 15):03d}", "rw": f"{rng.randint(1, 5):03d}",
        "alamat": f"{rng.choice(streets)} No. {rng.randint(1, 120)}, {desa_name}", "no_hp": phone,
        "pekerjaan": occupation, "penghasilan": income, "asal": rng.choice(asal),
        "tanggal_persetujuan": f"2026-{consent_month:02d}-{rng.randint(1, 28):02d}",
        "status": "Terverifikasi" if rng.random() < 0.8 else "Terdaftar",
    })

with open("seeds/demo/workers.csv", "w", encoding="utf-8", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows(rows)
print(f"{len(rows)} workers written")
