//! The district's PostgreSQL store.
//!
//! Every big table is keyed by school and partitioned by school year (`PARTITION BY LIST
//! (school_year)`, one partition per year, made on first import): a year is dropped or archived
//! as a whole, reports read one year's partitions only, and every primary key starts with the
//! school year and the school, so the tables can be distributed by `school_id` (Citus) unchanged
//! (`docs/district.md`).
//!
//! An import is one transaction: the bundle streams through binary `COPY` into temporary staging
//! tables, then moves into the real tables with `ON CONFLICT DO NOTHING` (a record already there
//! is not counted twice), and the bundle's SHA-256 is recorded. A bundle whose payload does not
//! match its signed header at the end is rolled back whole; a bundle imported before adds
//! nothing.

use crate::bundle::{self, Line};
use crate::DistrictError;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use futures_util::pin_mut;
use jikim_core::content::Requirement;
use jikim_core::error::FileFault;
use jikim_core::i18n::{messages as m, Msg};
use jikim_hub::school_key::SchoolPublicKey;
use std::io::Read;
use std::str::FromStr;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::NoTls;

type Result<T> = std::result::Result<T, DistrictError>;

/// The numbered migrations, applied in order, each once (table `district_migration`).
pub const MIGRATIONS: &[&str] = &[
    // 1: schools, imports, and the year-partitioned student, completion and record tables.
    "
    CREATE TABLE school (
        id            SERIAL PRIMARY KEY,
        key_id        TEXT NOT NULL UNIQUE,
        public_key    TEXT NOT NULL UNIQUE,
        name          TEXT NOT NULL,
        registered_at TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE TABLE imported_bundle (
        school_id    INTEGER NOT NULL REFERENCES school (id),
        sha256       TEXT NOT NULL,
        school_year  INTEGER NOT NULL,
        students     BIGINT NOT NULL,
        completions  BIGINT NOT NULL,
        records      BIGINT NOT NULL,
        imported_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, sha256)
    );
    CREATE TABLE student (
        school_year  INTEGER NOT NULL,
        school_id    INTEGER NOT NULL,
        pseudonym    TEXT NOT NULL,
        grade        INTEGER NOT NULL,
        class_no     INTEGER NOT NULL,
        name         TEXT,
        PRIMARY KEY (school_year, school_id, pseudonym)
    ) PARTITION BY LIST (school_year);
    CREATE TABLE completion (
        school_year    INTEGER NOT NULL,
        school_id      INTEGER NOT NULL,
        pseudonym      TEXT NOT NULL,
        module_id      TEXT NOT NULL,
        module_version INTEGER NOT NULL,
        passed_on      DATE,
        minutes        INTEGER NOT NULL,
        requirements   TEXT[] NOT NULL,
        PRIMARY KEY (school_year, school_id, pseudonym, module_id)
    ) PARTITION BY LIST (school_year);
    CREATE TABLE learning_record (
        school_year    INTEGER NOT NULL,
        school_id      INTEGER NOT NULL,
        id             UUID NOT NULL,
        pseudonym      TEXT NOT NULL,
        module_id      TEXT NOT NULL,
        module_version INTEGER NOT NULL,
        kind           TEXT NOT NULL,
        correct        BOOLEAN,
        received_at    TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (school_year, school_id, id)
    ) PARTITION BY LIST (school_year);
    CREATE TABLE owed (
        grade        INTEGER NOT NULL,
        requirement  TEXT NOT NULL,
        minutes      INTEGER NOT NULL CHECK (minutes > 0),
        PRIMARY KEY (grade, requirement)
    );
    ",
    // 2: minutes credited per student and requirement, kept up to date by each import (only
    // completions new to the district add to it), so a report joins two per-student tables
    // instead of unnesting every completion.
    "
    CREATE TABLE credit (
        school_year  INTEGER NOT NULL,
        school_id    INTEGER NOT NULL,
        pseudonym    TEXT NOT NULL,
        requirement  TEXT NOT NULL,
        minutes      INTEGER NOT NULL,
        PRIMARY KEY (school_year, school_id, pseudonym, requirement)
    ) PARTITION BY LIST (school_year);
    ",
    // 3: certificates (이수증) the schools issued, by serial (bundle format 2).
    "
    CREATE TABLE certificate (
        school_year  INTEGER NOT NULL,
        school_id    INTEGER NOT NULL,
        serial       TEXT NOT NULL,
        pseudonym    TEXT NOT NULL,
        modules      INTEGER NOT NULL,
        minutes      INTEGER NOT NULL,
        issued_on    DATE,
        PRIMARY KEY (school_year, school_id, serial)
    ) PARTITION BY LIST (school_year);
    ALTER TABLE imported_bundle ADD COLUMN certificates BIGINT NOT NULL DEFAULT 0;
    ",
];

/// A school registered with the district, by its hub's key.
#[derive(Clone)]
pub struct RegisteredSchool {
    pub id: i32,
    pub name: String,
    pub key: SchoolPublicKey,
}

/// The district store.
#[derive(Clone)]
pub struct District {
    pool: Pool,
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub school_id: i32,
    pub school_year: i32,
    /// The same bundle was imported before: nothing was added.
    pub already_imported: bool,
    /// Lines read from the bundle.
    pub read: bundle::Counts,
    /// Rows new to the district (a record another bundle brought is not counted again).
    pub added_completions: u64,
    pub added_records: u64,
    pub added_certificates: u64,
}

/// Everything the district report shows for one school year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DistrictReport {
    /// 이수율 per school, grade and requirement.
    pub lines: Vec<DistrictLine>,
    /// Module versions passed.
    pub versions: Vec<VersionInUse>,
    /// Certificates issued per school.
    pub certificates: Vec<CertificatesIssued>,
}

/// Certificates one school issued in a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificatesIssued {
    pub school: String,
    pub certificates: u64,
    pub students: u64,
}

/// One school × grade × requirement of the district report.
#[derive(Debug, Clone, PartialEq)]
pub struct DistrictLine {
    pub school: String,
    pub grade: u32,
    pub requirement: Requirement,
    pub owed_minutes: u32,
    pub students: u64,
    pub completed: u64,
}

impl DistrictLine {
    /// 이수율, 0.0–1.0.
    pub fn rate(&self) -> f64 {
        if self.students == 0 {
            0.0
        } else {
            self.completed as f64 / self.students as f64
        }
    }
}

/// A module version in use: how many schools and students passed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionInUse {
    pub module: String,
    pub version: u32,
    pub schools: u64,
    pub students: u64,
}

fn school_year_ok(year: i32) -> Result<i32> {
    if (2000..=2100).contains(&year) {
        Ok(year)
    } else {
        Err(DistrictError::Invalid(format!("school year {year}")))
    }
}

/// The TLS client configuration towards PostgreSQL: roots from `ca` (PEM), or the system's.
fn tls_config(ca: Option<&std::path::Path>) -> Result<rustls::ClientConfig> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::CertificateDer;
    let mut roots = rustls::RootCertStore::empty();
    match ca {
        Some(path) => {
            let certs = CertificateDer::pem_file_iter(path)
                .and_then(|certs| certs.collect::<std::result::Result<Vec<_>, _>>())
                .map_err(|e| FileFault::other(path.display(), e))?;
            let (added, _) = roots.add_parsable_certificates(certs);
            if added == 0 {
                return Err(FileFault::other(path.display(), "no CA certificate in it").into());
            }
        }
        None => {
            let found = rustls_native_certs::load_native_certs();
            roots.add_parsable_certificates(found.certs);
        }
    }
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| DistrictError::Invalid(format!("TLS: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

impl District {
    /// Connects to `url` (a PostgreSQL connection string, e.g.
    /// `host=/run/postgresql dbname=jikim` or `postgresql://jikim@db.example/jikim`) and brings
    /// the schema up to date.
    ///
    /// Over TCP the connection uses TLS unless the string says `sslmode=disable`, and the
    /// server's certificate is checked against the CA in `PGSSLROOTCERT` (libpq's variable),
    /// or the system's roots; see [`District::connect_with`].
    pub async fn connect(url: &str) -> Result<District> {
        let ca = std::env::var_os("PGSSLROOTCERT").map(std::path::PathBuf::from);
        Self::connect_with(url, ca.as_deref()).await
    }

    /// [`District::connect`] with the CA certificate(s) (PEM) the server's certificate must
    /// chain to, or the system's roots when `ca` is `None`. `sslmode=prefer` (the default) and
    /// `require` both check the certificate and its name; `prefer` falls back to plain text
    /// only when the server has no TLS at all. A Unix socket never uses TLS.
    pub async fn connect_with(url: &str, ca: Option<&std::path::Path>) -> Result<District> {
        let config = tokio_postgres::Config::from_str(url)
            .map_err(|e| DistrictError::Invalid(format!("connection string: {e}")))?;
        let manager_config = ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        };
        let over_tcp = config
            .get_hosts()
            .iter()
            .any(|h| matches!(h, tokio_postgres::config::Host::Tcp(_)))
            || !config.get_hostaddrs().is_empty();
        let manager =
            if !over_tcp || config.get_ssl_mode() == tokio_postgres::config::SslMode::Disable {
                Manager::from_config(config, NoTls, manager_config)
            } else {
                let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls_config(ca)?);
                Manager::from_config(config, tls, manager_config)
            };
        let pool = Pool::builder(manager)
            .max_size(8)
            .build()
            .map_err(|e| DistrictError::Database(e.to_string()))?;
        let district = District { pool };
        district.migrate().await?;
        Ok(district)
    }

    /// Applies the migrations not applied yet, one transaction each, one migrator at a time.
    async fn migrate(&self) -> Result<()> {
        let mut client = self.pool.get().await?;
        client
            .batch_execute(
                "CREATE TABLE IF NOT EXISTS district_migration (
                     version    INTEGER PRIMARY KEY,
                     applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
            )
            .await?;
        for (i, sql) in MIGRATIONS.iter().enumerate() {
            let version = i as i32 + 1;
            let tx = client.transaction().await?;
            tx.execute("SELECT pg_advisory_xact_lock(7443001)", &[])
                .await?;
            let done = tx
                .query_opt(
                    "SELECT 1 FROM district_migration WHERE version = $1",
                    &[&version],
                )
                .await?
                .is_some();
            if !done {
                tx.batch_execute(sql).await?;
                if version == 2 {
                    // The credits of completions imported before this migration.
                    let years = tx
                        .query("SELECT DISTINCT school_year FROM completion", &[])
                        .await?;
                    for row in years {
                        let year = school_year_ok(row.get(0))?;
                        tx.batch_execute(&format!(
                            "CREATE TABLE credit_y{year} PARTITION OF credit
                                 FOR VALUES IN ({year});
                             INSERT INTO credit (school_year, school_id, pseudonym, requirement,
                                 minutes)
                             SELECT school_year, school_id, pseudonym, r.requirement, sum(minutes)
                             FROM completion, unnest(requirements) AS r(requirement)
                             WHERE school_year = {year}
                             GROUP BY school_year, school_id, pseudonym, r.requirement;"
                        ))
                        .await?;
                    }
                }
                if version == 3 {
                    // The years already imported get their certificate partition.
                    let years = tx
                        .query("SELECT DISTINCT school_year FROM student", &[])
                        .await?;
                    for row in years {
                        let year = school_year_ok(row.get(0))?;
                        tx.batch_execute(&format!(
                            "CREATE TABLE certificate_y{year} PARTITION OF certificate
                                 FOR VALUES IN ({year})"
                        ))
                        .await?;
                    }
                }
                tx.execute(
                    "INSERT INTO district_migration (version) VALUES ($1)",
                    &[&version],
                )
                .await?;
            }
            tx.commit().await?;
        }
        Ok(())
    }

    /// Whether the connection to PostgreSQL is encrypted (TLS), as the server sees it.
    pub async fn uses_tls(&self) -> Result<bool> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                &[],
            )
            .await?;
        Ok(row.is_some_and(|r| r.get::<_, bool>(0)))
    }

    /// The schema version (number of migrations applied).
    pub async fn schema_version(&self) -> Result<i32> {
        let client = self.pool.get().await?;
        let row = client
            .query_one(
                "SELECT coalesce(max(version), 0) FROM district_migration",
                &[],
            )
            .await?;
        Ok(row.get(0))
    }

    /// Registers a school's hub key under a name, once; registering the same key again renames.
    pub async fn register_school(&self, key: &SchoolPublicKey, name: &str) -> Result<i32> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > jikim_core::limits::SCHOOL_NAME_CHARS {
            return Err(DistrictError::Invalid(format!("school name {name:?}")));
        }
        let client = self.pool.get().await?;
        let row = client
            .query_one(
                "INSERT INTO school (key_id, public_key, name) VALUES ($1, $2, $3)
                 ON CONFLICT (public_key) DO UPDATE SET name = excluded.name
                 RETURNING id",
                &[&key.key_id(), &key.to_base64(), &name],
            )
            .await?;
        Ok(row.get(0))
    }

    /// Sets what every student of `grade` owes of `requirement` across the district (0 removes).
    pub async fn set_owed(&self, grade: u32, requirement: Requirement, minutes: u32) -> Result<()> {
        if !jikim_core::limits::owed_ok(grade, minutes) {
            return Err(DistrictError::Invalid(format!(
                "grade {grade}, {minutes} min"
            )));
        }
        let client = self.pool.get().await?;
        let (grade, minutes) = (grade as i32, minutes as i32);
        if minutes == 0 {
            client
                .execute(
                    "DELETE FROM owed WHERE grade = $1 AND requirement = $2",
                    &[&grade, &requirement.id()],
                )
                .await?;
        } else {
            client
                .execute(
                    "INSERT INTO owed (grade, requirement, minutes) VALUES ($1, $2, $3)
                     ON CONFLICT (grade, requirement) DO UPDATE SET minutes = excluded.minutes",
                    &[&grade, &requirement.id(), &minutes],
                )
                .await?;
        }
        Ok(())
    }

    /// Makes the partitions of `year` if they are not there yet.
    async fn ensure_year(&self, year: i32) -> Result<()> {
        let year = school_year_ok(year)?;
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        // `CREATE TABLE IF NOT EXISTS` is not safe against itself: two imports at once (two
        // schools pushing, two servers on one database) would both create, and one fail with
        // "already exists". One at a time, then; the lock goes with the transaction.
        tx.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended('jikim district partitions', 0))",
            &[],
        )
        .await?;
        for table in [
            "student",
            "completion",
            "learning_record",
            "credit",
            "certificate",
        ] {
            // `year` is a checked integer: no injection through the table name.
            tx.batch_execute(&format!(
                "CREATE TABLE IF NOT EXISTS {table}_y{year} PARTITION OF {table}
                 FOR VALUES IN ({year})"
            ))
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every registered school with its hub's key: the keys a certificate from the district's
    /// schools is checked against (`jikim district verify`).
    pub async fn schools(&self) -> Result<Vec<RegisteredSchool>> {
        let client = self.pool.get().await?;
        let rows = client
            .query("SELECT id, name, public_key FROM school ORDER BY id", &[])
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                Some(RegisteredSchool {
                    id: r.get(0),
                    name: r.get(1),
                    key: SchoolPublicKey::from_base64(r.get(2))?,
                })
            })
            .collect())
    }

    /// Whether the school's district bundles reported the certificate with this serial, in any
    /// school year.
    pub async fn certificate_reported(&self, school: i32, serial: &str) -> Result<bool> {
        let client = self.pool.get().await?;
        let row = client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM certificate WHERE school_id = $1 AND serial = $2)",
                &[&school, &serial],
            )
            .await?;
        Ok(row.get(0))
    }

    /// The id of the school registered with `public_key` (base64url), if any.
    pub async fn school_of(&self, public_key: &str) -> Result<Option<i32>> {
        let client = self.pool.get().await?;
        Ok(client
            .query_opt(
                "SELECT id FROM school WHERE public_key = $1",
                &[&public_key],
            )
            .await?
            .map(|r| r.get(0)))
    }

    /// What the bundle with payload SHA-256 `sha256` held, if it was imported.
    pub async fn imported(&self, sha256: &str) -> Result<Option<bundle::Counts>> {
        let client = self.pool.get().await?;
        Ok(client
            .query_opt(
                "SELECT students, completions, records, certificates FROM imported_bundle
                 WHERE sha256 = $1 LIMIT 1",
                &[&sha256],
            )
            .await?
            .map(|r| bundle::Counts {
                students: r.get::<_, i64>(0) as u64,
                completions: r.get::<_, i64>(1) as u64,
                records: r.get::<_, i64>(2) as u64,
                certificates: r.get::<_, i64>(3) as u64,
            }))
    }

    /// Imports one district bundle from `input`, streaming (see the module's documentation).
    pub async fn import<R: Read>(&self, input: R) -> Result<ImportOutcome> {
        let mut reader = bundle::Reader::open(input)?;
        let year = school_year_ok(reader.header.school_year)?;
        let mut client = self.pool.get().await?;
        let school_id: i32 = client
            .query_opt(
                "SELECT id FROM school WHERE public_key = $1",
                &[&reader.header.key],
            )
            .await?
            .map(|r| r.get(0))
            .ok_or_else(|| DistrictError::UnknownSchool {
                key_id: reader.signer.key_id(),
            })?;
        let mut outcome = ImportOutcome {
            school_id,
            school_year: year,
            ..Default::default()
        };
        let sha256 = reader.header.sha256.clone();
        // A bundle sent again (a retry, a second push) is answered at once, before the year's
        // partitions are checked; the check under the bundle's lock below decides a race.
        if bundle_imported(&client, school_id, &sha256).await? {
            outcome.already_imported = true;
            return Ok(outcome);
        }
        self.ensure_year(year).await?;
        let tx = client.transaction().await?;
        // The same bundle imported twice at once (two servers on one database, a server and
        // `jikim district import`): the second waits here until the first has committed, then
        // finds it imported, instead of failing on `imported_bundle`'s key at its very end.
        tx.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended($1, $2))",
            &[&sha256, &i64::from(school_id)],
        )
        .await?;
        if bundle_imported(&tx, school_id, &sha256).await? {
            outcome.already_imported = true;
            return Ok(outcome);
        }
        tx.batch_execute(
            "CREATE TEMP TABLE stage_student (
                 pseudonym TEXT, grade INTEGER, class_no INTEGER, name TEXT) ON COMMIT DROP;
             CREATE TEMP TABLE stage_completion (
                 pseudonym TEXT, module_id TEXT, module_version INTEGER, passed_on DATE,
                 minutes INTEGER, requirements TEXT[]) ON COMMIT DROP;
             CREATE TEMP TABLE stage_certificate (
                 serial TEXT, pseudonym TEXT, modules INTEGER, minutes INTEGER, issued_on DATE)
                 ON COMMIT DROP;
             CREATE TEMP TABLE stage_record (
                 id UUID, pseudonym TEXT, module_id TEXT, module_version INTEGER, kind TEXT,
                 correct BOOLEAN, received_at TIMESTAMPTZ) ON COMMIT DROP;",
        )
        .await?;
        let int = |n: u32| i32::try_from(n).map_err(|_| DistrictError::Damaged(format!("{n}")));
        let mut pending = reader.next_line()?;
        {
            let sink = tx.copy_in("COPY stage_student FROM STDIN BINARY").await?;
            let w =
                BinaryCopyInWriter::new(sink, &[Type::TEXT, Type::INT4, Type::INT4, Type::TEXT]);
            pin_mut!(w);
            while let Some(Line::Student(s)) = &pending {
                let row: [&(dyn ToSql + Sync); 4] =
                    [&s.id, &int(s.grade)?, &int(s.class)?, &s.name];
                w.as_mut().write(&row).await?;
                outcome.read.students += 1;
                pending = reader.next_line()?;
            }
            w.finish().await?;
        }
        {
            let sink = tx
                .copy_in("COPY stage_completion FROM STDIN BINARY")
                .await?;
            let w = BinaryCopyInWriter::new(
                sink,
                &[
                    Type::TEXT,
                    Type::TEXT,
                    Type::INT4,
                    Type::DATE,
                    Type::INT4,
                    Type::TEXT_ARRAY,
                ],
            );
            pin_mut!(w);
            let iso = time::macros::format_description!("[year]-[month]-[day]");
            while let Some(Line::Completion(c)) = &pending {
                let passed_on = time::Date::parse(&c.passed_on, iso).ok();
                let row: [&(dyn ToSql + Sync); 6] = [
                    &c.student,
                    &c.module,
                    &int(c.version)?,
                    &passed_on,
                    &int(c.minutes)?,
                    &c.requirements,
                ];
                w.as_mut().write(&row).await?;
                outcome.read.completions += 1;
                pending = reader.next_line()?;
            }
            w.finish().await?;
        }
        {
            let sink = tx
                .copy_in("COPY stage_certificate FROM STDIN BINARY")
                .await?;
            let w = BinaryCopyInWriter::new(
                sink,
                &[Type::TEXT, Type::TEXT, Type::INT4, Type::INT4, Type::DATE],
            );
            pin_mut!(w);
            let iso = time::macros::format_description!("[year]-[month]-[day]");
            while let Some(Line::Certificate(c)) = &pending {
                let issued_on = time::Date::parse(&c.issued_on, iso).ok();
                let minutes = i32::try_from(c.minutes)
                    .map_err(|_| DistrictError::Damaged(format!("{}", c.minutes)))?;
                let row: [&(dyn ToSql + Sync); 5] = [
                    &c.serial,
                    &c.student,
                    &int(c.modules)?,
                    &minutes,
                    &issued_on,
                ];
                w.as_mut().write(&row).await?;
                outcome.read.certificates += 1;
                pending = reader.next_line()?;
            }
            w.finish().await?;
        }
        {
            let sink = tx.copy_in("COPY stage_record FROM STDIN BINARY").await?;
            let w = BinaryCopyInWriter::new(
                sink,
                &[
                    Type::UUID,
                    Type::TEXT,
                    Type::TEXT,
                    Type::INT4,
                    Type::TEXT,
                    Type::BOOL,
                    Type::TIMESTAMPTZ,
                ],
            );
            pin_mut!(w);
            while let Some(Line::Record(r)) = &pending {
                let received = time::OffsetDateTime::parse(
                    &r.received_at,
                    &time::format_description::well_known::Rfc3339,
                )
                .map_err(|e| DistrictError::Damaged(format!("received_at: {e}")))?;
                let row: [&(dyn ToSql + Sync); 7] = [
                    &r.id,
                    &r.student,
                    &r.module,
                    &int(r.version)?,
                    &r.kind,
                    &r.correct,
                    &received,
                ];
                w.as_mut().write(&row).await?;
                outcome.read.records += 1;
                pending = reader.next_line()?;
            }
            w.finish().await?;
        }
        if pending.is_some() {
            return Err(DistrictError::Damaged("lines out of order".into()));
        }
        // The whole payload against its signed header; on failure the transaction is dropped
        // (rolled back) with everything staged.
        reader.finish()?;
        tx.execute(
            "INSERT INTO student (school_year, school_id, pseudonym, grade, class_no, name)
             SELECT $1, $2, pseudonym, grade, class_no, name FROM stage_student
             ON CONFLICT (school_year, school_id, pseudonym) DO UPDATE
             SET grade = excluded.grade, class_no = excluded.class_no, name = excluded.name",
            &[&year, &school_id],
        )
        .await?;
        // New completions only (a completion already held adds nothing), and their minutes
        // added to each student's credit per requirement.
        let added = tx
            .query_one(
                "WITH added AS (
                     INSERT INTO completion (school_year, school_id, pseudonym, module_id,
                         module_version, passed_on, minutes, requirements)
                     SELECT $1, $2, pseudonym, module_id, module_version, passed_on, minutes,
                         requirements FROM stage_completion
                     ON CONFLICT DO NOTHING
                     RETURNING pseudonym, minutes, requirements),
                 credited AS (
                     INSERT INTO credit (school_year, school_id, pseudonym, requirement, minutes)
                     SELECT $1, $2, pseudonym, r.requirement, sum(minutes)
                     FROM added, unnest(requirements) AS r(requirement)
                     GROUP BY pseudonym, r.requirement
                     ON CONFLICT (school_year, school_id, pseudonym, requirement)
                     DO UPDATE SET minutes = credit.minutes + excluded.minutes
                     RETURNING 1)
                 SELECT (SELECT count(*) FROM added), (SELECT count(*) FROM credited)",
                &[&year, &school_id],
            )
            .await?;
        outcome.added_completions = added.get::<_, i64>(0) as u64;
        outcome.added_records = tx
            .execute(
                "INSERT INTO learning_record (school_year, school_id, id, pseudonym, module_id,
                     module_version, kind, correct, received_at)
                 SELECT $1, $2, id, pseudonym, module_id, module_version, kind, correct,
                     received_at FROM stage_record
                 ON CONFLICT DO NOTHING",
                &[&year, &school_id],
            )
            .await?;
        outcome.added_certificates = tx
            .execute(
                "INSERT INTO certificate (school_year, school_id, serial, pseudonym, modules,
                     minutes, issued_on)
                 SELECT $1, $2, serial, pseudonym, modules, minutes, issued_on
                 FROM stage_certificate
                 ON CONFLICT DO NOTHING",
                &[&year, &school_id],
            )
            .await?;
        let counts = [
            outcome.read.students as i64,
            outcome.read.completions as i64,
            outcome.read.records as i64,
            outcome.read.certificates as i64,
        ];
        tx.execute(
            "INSERT INTO imported_bundle (school_id, sha256, school_year, students, completions,
                 records, certificates) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[
                &school_id, &sha256, &year, &counts[0], &counts[1], &counts[2], &counts[3],
            ],
        )
        .await?;
        tx.commit().await?;
        Ok(outcome)
    }

    /// 이수율 per school, grade and requirement for `year`: students of the grade, and those whose
    /// credited minutes reach what the district's setting asks.
    pub async fn report(&self, year: i32) -> Result<Vec<DistrictLine>> {
        let year = school_year_ok(year)?;
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT sc.name, s.grade, o.requirement, o.minutes,
                     count(*) AS students,
                     count(*) FILTER (WHERE coalesce(cr.minutes, 0) >= o.minutes) AS completed
                 FROM student s
                 JOIN school sc ON sc.id = s.school_id
                 JOIN owed o ON o.grade = s.grade
                 LEFT JOIN credit cr ON cr.school_year = s.school_year
                     AND cr.school_id = s.school_id AND cr.pseudonym = s.pseudonym
                     AND cr.requirement = o.requirement
                 WHERE s.school_year = $1
                 GROUP BY sc.name, s.grade, o.requirement, o.minutes
                 ORDER BY sc.name, s.grade, o.requirement",
                &[&year],
            )
            .await?;
        let mut lines = Vec::with_capacity(rows.len());
        for row in rows {
            let requirement: String = row.get(2);
            let Some(requirement) = Requirement::parse(&requirement) else {
                continue;
            };
            lines.push(DistrictLine {
                school: row.get(0),
                grade: row.get::<_, i32>(1) as u32,
                requirement,
                owed_minutes: row.get::<_, i32>(3) as u32,
                students: row.get::<_, i64>(4) as u64,
                completed: row.get::<_, i64>(5) as u64,
            });
        }
        Ok(lines)
    }

    /// Module versions passed in `year`: in how many schools, by how many students.
    pub async fn versions_in_use(&self, year: i32) -> Result<Vec<VersionInUse>> {
        let year = school_year_ok(year)?;
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT module_id, module_version, count(DISTINCT school_id),
                     count(DISTINCT (school_id, pseudonym))
                 FROM completion WHERE school_year = $1
                 GROUP BY module_id, module_version ORDER BY module_id, module_version",
                &[&year],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| VersionInUse {
                module: r.get(0),
                version: r.get::<_, i32>(1) as u32,
                schools: r.get::<_, i64>(2) as u64,
                students: r.get::<_, i64>(3) as u64,
            })
            .collect())
    }

    /// The whole district report of `year`.
    pub async fn full_report(&self, year: i32) -> Result<DistrictReport> {
        Ok(DistrictReport {
            lines: self.report(year).await?,
            versions: self.versions_in_use(year).await?,
            certificates: self.certificates_issued(year).await?,
        })
    }

    /// Certificates (이수증) issued in `year`, per school: how many, to how many students.
    pub async fn certificates_issued(&self, year: i32) -> Result<Vec<CertificatesIssued>> {
        let year = school_year_ok(year)?;
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT sc.name, count(*), count(DISTINCT c.pseudonym)
                 FROM certificate c JOIN school sc ON sc.id = c.school_id
                 WHERE c.school_year = $1
                 GROUP BY sc.name ORDER BY sc.name",
                &[&year],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| CertificatesIssued {
                school: r.get(0),
                certificates: r.get::<_, i64>(1) as u64,
                students: r.get::<_, i64>(2) as u64,
            })
            .collect())
    }

    /// How many learning records the district holds for `year`.
    pub async fn record_count(&self, year: i32) -> Result<u64> {
        let year = school_year_ok(year)?;
        let client = self.pool.get().await?;
        let row = client
            .query_one(
                "SELECT count(*) FROM learning_record WHERE school_year = $1",
                &[&year],
            )
            .await?;
        Ok(row.get::<_, i64>(0) as u64)
    }
}

/// The district report's column headers (the XLSX sheet and the printable page).
const REPORT_COLUMNS: [Msg; 8] = [
    m::DISTRICT_COL_SCHOOL,
    m::REPORT_LEDGER_COL_GRADE,
    m::REPORT_LEDGER_COL_REQUIREMENT,
    m::REPORT_LEDGER_COL_OWED,
    m::REPORT_LEDGER_COL_STUDENTS,
    m::REPORT_LEDGER_COL_COMPLETED,
    m::REPORT_LEDGER_COL_RATE,
    m::DISTRICT_COL_BEHIND,
];

/// The module-versions table's column headers.
const VERSION_COLUMNS: [Msg; 4] = [
    m::DISTRICT_COL_MODULE,
    m::DISTRICT_COL_VERSION,
    m::DISTRICT_COL_SCHOOLS,
    m::DISTRICT_COL_STUDENTS,
];

/// The certificates-issued table's column headers.
const CERTIFICATE_COLUMNS: [Msg; 3] = [
    m::DISTRICT_COL_SCHOOL,
    m::DISTRICT_COL_CERTIFICATES,
    m::DISTRICT_COL_CERTIFIED_STUDENTS,
];

/// The district report as an XLSX workbook: 이수율 per school, grade and requirement (schools
/// below `behind` first marked), and the module versions in use.
pub fn report_xlsx(
    report: &DistrictReport,
    title: &str,
    behind: f64,
    l10n: &jikim_core::i18n::Localizer,
) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| DistrictError::Write(e.to_string());
    let (lines, versions) = (&report.lines, &report.versions);
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let pct = Format::new().set_num_format("0.0%");
    let red = Format::new()
        .set_num_format("0.0%")
        .set_bold()
        .set_font_color("#B00020");
    {
        let ws = wb.add_worksheet();
        ws.set_name(l10n.text(m::DISTRICT_SHEET_REPORT))
            .map_err(err)?;
        ws.write_string_with_format(0, 0, title, &bold)
            .map_err(err)?;
        for (c, id) in REPORT_COLUMNS.iter().enumerate() {
            let label = l10n.text(id);
            ws.write_string_with_format(2, c as u16, &label, &bold)
                .map_err(err)?;
            ws.set_column_width(c as u16, (label.chars().count() as f64 * 2.2).max(8.0))
                .map_err(err)?;
        }
        ws.set_column_width(0, 24).map_err(err)?;
        ws.set_column_width(2, 24).map_err(err)?;
        ws.set_freeze_panes(3, 0).map_err(err)?;
        for (i, l) in lines.iter().enumerate() {
            let y = i as u32 + 3;
            let late = l.rate() < behind;
            ws.write_string(y, 0, &l.school).map_err(err)?;
            ws.write_number(y, 1, l.grade).map_err(err)?;
            ws.write_string(y, 2, l10n.text(l.requirement.name()))
                .map_err(err)?;
            ws.write_number(y, 3, l.owed_minutes).map_err(err)?;
            ws.write_number(y, 4, l.students as f64).map_err(err)?;
            ws.write_number(y, 5, l.completed as f64).map_err(err)?;
            ws.write_number_with_format(y, 6, l.rate(), if late { &red } else { &pct })
                .map_err(err)?;
            if late {
                ws.write_string(y, 7, l10n.text(m::DISTRICT_BEHIND_YES))
                    .map_err(err)?;
            }
        }
        if !lines.is_empty() {
            ws.autofilter(2, 0, lines.len() as u32 + 2, 7)
                .map_err(err)?;
        }
    }
    {
        let ws = wb.add_worksheet();
        ws.set_name(l10n.text(m::DISTRICT_SHEET_VERSIONS))
            .map_err(err)?;
        for (c, id) in VERSION_COLUMNS.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, l10n.text(id), &bold)
                .map_err(err)?;
        }
        ws.set_column_width(0, 28).map_err(err)?;
        for (i, v) in versions.iter().enumerate() {
            let y = i as u32 + 1;
            ws.write_string(y, 0, &v.module).map_err(err)?;
            ws.write_number(y, 1, v.version).map_err(err)?;
            ws.write_number(y, 2, v.schools as f64).map_err(err)?;
            ws.write_number(y, 3, v.students as f64).map_err(err)?;
        }
    }
    {
        let ws = wb.add_worksheet();
        ws.set_name(l10n.text(m::DISTRICT_SHEET_CERTIFICATES))
            .map_err(err)?;
        for (c, id) in CERTIFICATE_COLUMNS.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, l10n.text(id), &bold)
                .map_err(err)?;
        }
        ws.set_column_width(0, 24).map_err(err)?;
        ws.set_column_width(1, 14).map_err(err)?;
        ws.set_column_width(2, 18).map_err(err)?;
        for (i, c) in report.certificates.iter().enumerate() {
            let y = i as u32 + 1;
            ws.write_string(y, 0, &c.school).map_err(err)?;
            ws.write_number(y, 1, c.certificates as f64).map_err(err)?;
            ws.write_number(y, 2, c.students as f64).map_err(err)?;
        }
    }
    wb.save_to_buffer().map_err(err)
}

/// The district report as a printable page (self-contained HTML, A4 landscape, every value
/// escaped): the same tables as the XLSX: 이수율, the module versions in use, the certificates
/// issued.
pub fn report_page(
    report: &DistrictReport,
    title: &str,
    behind: f64,
    l10n: &jikim_core::i18n::Localizer,
) -> String {
    use jikim_report::html_out::{escape, PRINT_STYLE};
    use std::fmt::Write;
    let t = |message: Msg| escape(&l10n.text(message));
    let (lines, versions) = (&report.lines, &report.versions);
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{title}</title>\n\
         <style>{PRINT_STYLE} tr.behind td {{ color: #B00020; font-weight: bold; }}</style></head>\
         <body>\n<h1>{title}</h1>\n<table>\n<thead><tr>",
        escape(l10n.lang()),
        title = escape(title),
    );
    for id in REPORT_COLUMNS {
        let _ = write!(h, "<th>{}</th>", t(id));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for l in lines {
        let late = l.rate() < behind;
        let _ = writeln!(
            h,
            "<tr{}><td>{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.1}%</td><td>{}</td></tr>",
            if late { " class=\"behind\"" } else { "" },
            escape(&l.school),
            l.grade,
            t(l.requirement.name()),
            l.owed_minutes,
            l.students,
            l.completed,
            l.rate() * 100.0,
            if late { t(m::DISTRICT_BEHIND_YES) } else { String::new() },
        );
    }
    let _ = write!(
        h,
        "</tbody></table>\n<h2>{}</h2>\n<table>\n<thead><tr>",
        t(m::DISTRICT_SHEET_VERSIONS)
    );
    for id in VERSION_COLUMNS {
        let _ = write!(h, "<th>{}</th>", t(id));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for v in versions {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&v.module),
            v.version,
            v.schools,
            v.students
        );
    }
    let _ = write!(
        h,
        "</tbody></table>\n<h2>{}</h2>\n<table>\n<thead><tr>",
        t(m::DISTRICT_SHEET_CERTIFICATES)
    );
    for id in CERTIFICATE_COLUMNS {
        let _ = write!(h, "<th>{}</th>", t(id));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for c in &report.certificates {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&c.school),
            c.certificates,
            c.students
        );
    }
    h.push_str("</tbody></table>\n</body></html>\n");
    h
}

/// Whether the school's bundle with this checksum is in already (on a connection or in a
/// transaction).
async fn bundle_imported(
    db: &impl deadpool_postgres::GenericClient,
    school_id: i32,
    sha256: &str,
) -> Result<bool> {
    Ok(db
        .query_opt(
            "SELECT 1 FROM imported_bundle WHERE school_id = $1 AND sha256 = $2",
            &[&school_id, &sha256],
        )
        .await?
        .is_some())
}
