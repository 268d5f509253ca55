//! The district import benchmark (issue 13), in two phases so the import's peak memory is its own:
//!
//! ```text
//! district-import gen    DIR SCHOOLS RECORDS_PER_SCHOOL   # writes DIR/*.jikimd, DIR/keys.txt, DIR/records.csv
//! district-import import DIR DB                           # registers, imports, COPY baseline, report
//! ```
//!
//! `import` prints: records imported per second through `jikim district import`'s code path (one
//! streaming transaction per bundle), PostgreSQL's own `COPY … FROM STDIN (CSV)` of the same
//! rows from one file into an identical table (the baseline, same run, same server), the ratio,
//! the process's peak resident memory (`VmHWM`: bounded because bundles stream), and the time of
//! the district report over all of it. `bench/district.sh` runs both phases against a throwaway
//! PostgreSQL. A benchmark: nothing here passes or fails on a figure.

use jikim_district::bundle::{self, Completion, Line, Record, Student};
use jikim_district::db::District;
use jikim_hub::school_key::SchoolKey;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

const YEAR: i32 = 2026;
const MODULES: [(&str, u32); 8] = [
    ("age-and-responsibility", 30),
    ("bystander", 25),
    ("consent", 35),
    ("deepfake-law", 38),
    ("digital-sex-crime-basics", 35),
    ("if-you-are-harmed", 35),
    ("illegal-filming-sharing", 32),
    ("sextortion-grooming", 30),
];

fn usage() -> ! {
    eprintln!("usage: district-import gen DIR SCHOOLS RECORDS_PER_SCHOOL | import DIR DB");
    std::process::exit(2)
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

/// One school's bundle: 30 students per class, 8 records per student per module, every student
/// passing some modules. Also appends the same records, as CSV, to the baseline file.
fn gen_school(
    key: &SchoolKey,
    school: usize,
    records: usize,
    csv: &mut impl Write,
) -> std::io::Result<Vec<u8>> {
    let students = (records / (8 * 4)).max(1);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let pseudonym = |i: usize| format!("{:016x}{:016x}", school as u64, i as u64);
    let mut line = |l: &Line| -> std::io::Result<()> {
        serde_json::to_writer(&mut gz, l)?;
        gz.write_all(b"\n")
    };
    for i in 0..students {
        line(&Line::Student(Student {
            id: pseudonym(i),
            grade: (i % 3) as u32 + 1,
            class: (i / 30 % 10) as u32 + 1,
            name: None,
        }))?;
    }
    for i in 0..students {
        for (m, minutes) in MODULES.iter().take(i % 5) {
            line(&Line::Completion(Completion {
                student: pseudonym(i),
                module: m.to_string(),
                version: 2,
                passed_on: "2026-11-24".into(),
                minutes: *minutes,
                requirements: vec!["sexual-violence-prevention".into()],
            }))?;
        }
    }
    let kinds = ["page_view", "quiz_start", "answer", "completion"];
    for n in 0..records {
        let student = pseudonym(n % students);
        let (module, _) = MODULES[n / students % MODULES.len()];
        let id = uuid::Uuid::now_v7();
        let kind = kinds[n % kinds.len()];
        let correct = (kind == "answer").then_some(n % 3 != 0);
        let received = format!("2026-11-{:02}T{:02}:{:02}:00Z", 2 + n % 27, n % 24, n % 60);
        writeln!(
            csv,
            "{YEAR},{school},{id},{student},{module},2,{kind},{},{received}",
            correct.map_or(String::new(), |c| c.to_string())
        )?;
        line(&Line::Record(Record {
            id,
            student,
            module: module.to_string(),
            version: 2,
            kind: kind.to_string(),
            correct,
            received_at: received,
        }))?;
    }
    let payload = gz.finish()?;
    bundle::seal(key, YEAR, &payload).map_err(|e| std::io::Error::other(e.to_string()))
}

fn gen(dir: &Path, schools: usize, records: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut keys = BufWriter::new(std::fs::File::create(dir.join("keys.txt"))?);
    let mut csv = BufWriter::new(std::fs::File::create(dir.join("records.csv"))?);
    let started = Instant::now();
    for school in 1..=schools {
        let key = SchoolKey::generate();
        let bytes = gen_school(&key, school, records, &mut csv)?;
        std::fs::write(dir.join(format!("school-{school:04}.jikimd")), bytes)?;
        writeln!(keys, "{}", key.public().to_text())?;
    }
    keys.flush()?;
    csv.flush()?;
    println!(
        "generated {schools} bundles × {records} records in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

async fn import(dir: &Path, db: &str) -> Result<(), Box<dyn std::error::Error>> {
    let district = District::connect(db).await?;
    district
        .set_owed(
            1,
            jikim_core::content::Requirement::SexualViolencePrevention,
            90,
        )
        .await?;
    let keys = std::fs::read_to_string(dir.join("keys.txt"))?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jikimd"))
        .collect();
    files.sort();
    for (i, line) in keys.lines().enumerate() {
        let key = jikim_hub::school_key::SchoolPublicKey::from_text(line).ok_or("key")?;
        district
            .register_school(&key, &format!("학교 {:04}", i + 1))
            .await?;
    }
    let bytes: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let started = Instant::now();
    let mut records = 0u64;
    for f in &files {
        let o = district
            .import(BufReader::new(std::fs::File::open(f)?))
            .await?;
        records += o.added_records;
    }
    let import_s = started.elapsed().as_secs_f64();
    let peak = peak_rss_mib();

    // The baseline: PostgreSQL's own COPY of the same rows, from one CSV file, into an identical
    // partitioned table with the same primary key.
    let (client, connection) = tokio_postgres::connect(db, tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    client
        .batch_execute(
            "DROP TABLE IF EXISTS baseline_record;
             CREATE TABLE baseline_record (LIKE learning_record INCLUDING ALL)
                 PARTITION BY LIST (school_year);
             CREATE TABLE baseline_record_y2026 PARTITION OF baseline_record
                 FOR VALUES IN (2026);",
        )
        .await?;
    let started = Instant::now();
    let sink = client
        .copy_in(
            "COPY baseline_record (school_year, school_id, id, pseudonym, module_id,
                 module_version, kind, correct, received_at) FROM STDIN (FORMAT csv)",
        )
        .await?;
    futures_util::pin_mut!(sink);
    let mut file = BufReader::with_capacity(1 << 20, std::fs::File::open(dir.join("records.csv"))?);
    loop {
        let buf = file.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        let n = buf.len();
        futures_util::SinkExt::send(&mut sink, bytes_chunk(buf)).await?;
        file.consume(n);
    }
    let copied = sink.finish().await?;
    let copy_s = started.elapsed().as_secs_f64();

    client.batch_execute("ANALYZE").await?;
    let started = Instant::now();
    let lines = district.report(YEAR).await?;
    let report_s = started.elapsed().as_secs_f64();

    let rate = records as f64 / import_s;
    let copy_rate = copied as f64 / copy_s;
    println!("bundles                 {}", files.len());
    println!(
        "bundle bytes            {:.1} MiB",
        bytes as f64 / 1048576.0
    );
    println!("records imported        {records}");
    println!("import                  {import_s:.1} s, {rate:.0} records/s");
    println!("COPY baseline           {copied} rows in {copy_s:.1} s, {copy_rate:.0} rows/s");
    println!("ratio (import / COPY)   {:.2}", rate / copy_rate);
    println!("peak memory (VmHWM)     {peak:.0} MiB");
    println!(
        "district report         {report_s:.2} s ({} school × grade × requirement lines)",
        lines.len()
    );
    Ok(())
}

fn bytes_chunk(buf: &[u8]) -> bytes::Bytes {
    bytes::Bytes::copy_from_slice(buf)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("gen") if args.len() == 5 => {
            let (Ok(schools), Ok(records)) = (args[3].parse(), args[4].parse()) else {
                usage()
            };
            if let Err(e) = gen(Path::new(&args[2]), schools, records) {
                eprintln!("gen: {e}");
                std::process::exit(1);
            }
        }
        Some("import") if args.len() == 4 => {
            if let Err(e) = import(Path::new(&args[2]), &args[3]).await {
                eprintln!("import: {e}");
                std::process::exit(1);
            }
        }
        _ => usage(),
    }
}
