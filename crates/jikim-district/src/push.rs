//! The school hub's side of [`crate::server`]: sends a district bundle file to the education
//! office over HTTPS, pinned to the office's certificate, resuming where the server's copy ends.
//!
//! A push asks the server what it holds, then sends the rest in chunks. A dropped connection is
//! retried (the server's offset asked again each time); a push stopped for good resumes from
//! the server's offset on the next run, provided the same file is sent (`jikim district-push`
//! keeps it until the server has imported it). Sending a bundle the server already imported
//! adds nothing.

use crate::bundle;
use crate::server::{ApiError, UploadStatus, OFFSET_HEADER};
use crate::DistrictError;
use jikim_core::error::FileFault;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::time::Duration;

/// How a push runs.
#[derive(Debug, Clone)]
pub struct PushOptions {
    /// Bytes per request (at most [`crate::server::MAX_CHUNK`]).
    pub chunk: usize,
    /// Attempts per request when the network fails, with doubling pauses between them.
    pub attempts: u32,
    /// Send at most this many bytes this run, then stop as if the cable were pulled (the tests
    /// cut a push short with it).
    pub stop_after: Option<u64>,
}

impl Default for PushOptions {
    fn default() -> Self {
        PushOptions {
            chunk: 4 * 1024 * 1024,
            attempts: 5,
            stop_after: None,
        }
    }
}

/// What a push did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushOutcome {
    /// The server's status at the end.
    pub status: UploadStatus,
    /// Where this run started: the bytes the server already held.
    pub resumed_from: u64,
    /// Bytes this run sent.
    pub sent: u64,
}

/// A client of one district server, pinned to its certificate's SHA-256 (`pin`, hex).
pub struct DistrictClient {
    base: String,
    http: reqwest::Client,
}

fn unreachable(e: reqwest::Error) -> DistrictError {
    let chain = format!("{e:?}");
    if chain.contains("does not match") {
        DistrictError::Unreachable(
            "the server's certificate is not the one pinned (--pin)".to_string(),
        )
    } else {
        DistrictError::Unreachable(e.to_string())
    }
}

/// A 409's offset, or the error the server answered with.
enum Answer {
    Status(UploadStatus),
    Conflict(u64),
}

impl DistrictClient {
    pub fn new(base_url: &str, pin: &str) -> Result<DistrictClient, DistrictError> {
        let tls = jikim_sync::tls::pinned_config(pin)
            .map_err(|e| DistrictError::Invalid(format!("pin: {e}")))?;
        let http = reqwest::Client::builder()
            .use_preconfigured_tls(tls)
            .no_proxy()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(600))
            .build()
            .map_err(|e| DistrictError::Unreachable(e.to_string()))?;
        Ok(DistrictClient {
            base: base_url.trim_end_matches('/').to_string(),
            http,
        })
    }

    fn url(&self, id: &str) -> String {
        format!("{}/api/v1/district/bundles/{id}", self.base)
    }

    async fn answer(resp: reqwest::Response) -> Result<Answer, DistrictError> {
        let status = resp.status();
        if status.is_success() {
            return resp
                .json::<UploadStatus>()
                .await
                .map(Answer::Status)
                .map_err(|e| DistrictError::Unreachable(e.to_string()));
        }
        let body = resp.json::<ApiError>().await.ok();
        match body {
            Some(ApiError {
                offset: Some(offset),
                ..
            }) if status.as_u16() == 409 => Ok(Answer::Conflict(offset)),
            Some(b) => Err(DistrictError::from_remote(
                status.as_u16(),
                &b.code,
                &b.args,
            )),
            None => Err(DistrictError::Refused {
                status: status.as_u16(),
                code: "unknown".into(),
            }),
        }
    }

    /// What the server holds of bundle `id`.
    pub async fn status(&self, id: &str) -> Result<UploadStatus, DistrictError> {
        let resp = self
            .http
            .get(self.url(id))
            .send()
            .await
            .map_err(unreachable)?;
        match Self::answer(resp).await? {
            Answer::Status(s) => Ok(s),
            Answer::Conflict(offset) => Ok(UploadStatus {
                offset,
                ..Default::default()
            }),
        }
    }

    async fn append(&self, id: &str, offset: u64, bytes: Vec<u8>) -> Result<Answer, DistrictError> {
        let resp = self
            .http
            .patch(self.url(id))
            .header(OFFSET_HEADER, offset.to_string())
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/offset+octet-stream",
            )
            .body(bytes)
            .send()
            .await
            .map_err(unreachable)?;
        Self::answer(resp).await
    }

    /// Sends the district bundle in `file`, resuming after what the server holds.
    pub async fn push(
        &self,
        file: &Path,
        options: &PushOptions,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<PushOutcome, DistrictError> {
        let io = |e: std::io::Error| DistrictError::from(FileFault::of_io(file, &e));
        let mut input = std::fs::File::open(file).map_err(io)?;
        let (header, _, _) = bundle::read_header(&mut input)?;
        let total = input.metadata().map_err(io)?.len();
        let id = header.sha256;
        let mut status = self.retrying(options, || self.status(&id)).await?;
        let resumed_from = status.offset;
        let mut sent = 0u64;
        let mut offset = status.offset;
        let chunk = options.chunk.clamp(1, crate::server::MAX_CHUNK);
        while !status.done {
            if offset > total {
                return Err(DistrictError::Invalid(format!(
                    "the server holds {offset} bytes of a {total}-byte bundle"
                )));
            }
            let mut want = (total - offset).min(chunk as u64);
            if let Some(limit) = options.stop_after {
                if sent >= limit {
                    break;
                }
                want = want.min(limit - sent);
            }
            let mut bytes = vec![0u8; want as usize];
            input.seek(SeekFrom::Start(offset)).map_err(io)?;
            input.read_exact(&mut bytes).map_err(io)?;
            let attempt = self.retrying(options, || self.append(&id, offset, bytes.clone()));
            match attempt.await {
                Ok(Answer::Status(s)) => {
                    sent += want;
                    offset = s.offset;
                    status = s;
                }
                // The server holds another offset (a retried chunk had arrived after all):
                // carry on from there.
                Ok(Answer::Conflict(held)) => offset = held,
                Err(e) => return Err(e),
            }
            progress(offset.min(total), total);
        }
        Ok(PushOutcome {
            status,
            resumed_from,
            sent,
        })
    }

    /// Runs `request` until it gets an answer, at most `options.attempts` times while the
    /// network fails, pausing 1, 2, 4… seconds between tries.
    async fn retrying<T, F, Fut>(
        &self,
        options: &PushOptions,
        mut request: F,
    ) -> Result<T, DistrictError>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<T, DistrictError>>,
    {
        let mut pause = Duration::from_secs(1);
        let mut tries = 0;
        loop {
            tries += 1;
            match request().await {
                Err(DistrictError::Unreachable(detail)) if tries < options.attempts.max(1) => {
                    tracing::info!(%detail, tries, "district server unreachable; retrying");
                    tokio::time::sleep(pause).await;
                    pause *= 2;
                }
                other => return other,
            }
        }
    }
}
