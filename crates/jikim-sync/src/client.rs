//! Hub API v1 calls over pinned HTTPS. Every call has a timeout; nothing here retries (the
//! worker does, with backoff).

use crate::tls::{first_contact_config, pinned_config, SeenCertificate};
use jikim_core::i18n::{messages as m, Message};
use jikim_core::sync::protocol::{
    ApiError, Heartbeat, HeartbeatReply, JoinRequest, JoinResponse, JoinStart, JoinStarted,
    MeResponse, PushRequest, PushResponse, RecordsResponse, SignInRequest, SyncRecord,
};
use jikim_core::CoreError;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::time::Duration;

/// Why a sync call failed.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// No connection (hub off, cable pulled, timeout). Retry later.
    #[error("hub unreachable: {0}")]
    Unreachable(String),
    /// The server's certificate is not the one the join code confirmed.
    #[error("hub certificate does not match the join code")]
    PinMismatch,
    /// No hub answering confirmed the join code (a wrong code, or not the class hub).
    #[error("no hub confirmed the join code")]
    CodeRejected,
    /// The hub answered with an error (4xx/5xx) and its code.
    #[error("hub refused ({status}): {code}")]
    Refused {
        status: u16,
        code: String,
        message_id: String,
    },
    /// The hub's answer could not be read.
    #[error("unreadable hub response: {0}")]
    BadResponse(String),
    /// A local storage error.
    #[error(transparent)]
    Core(#[from] CoreError),
}

impl jikim_core::error::AppError for SyncError {
    /// Per case; a refusal carries the hub's own code (e.g. `pin_wrong`).
    fn code(&self) -> String {
        match self {
            SyncError::Unreachable(_) => "sync_unreachable".into(),
            SyncError::PinMismatch => "sync_pin_mismatch".into(),
            SyncError::CodeRejected => "sync_code_rejected".into(),
            SyncError::Refused { code, .. } => code.clone(),
            SyncError::BadResponse(_) => "sync_bad_response".into(),
            SyncError::Core(e) => e.code().into(),
        }
    }
    fn message(&self) -> Message {
        SyncError::message(self)
    }
}

impl SyncError {
    /// The message for the UI (`sync.ftl`, or the hub's own `hub-*` message).
    pub fn message(&self) -> Message {
        match self {
            SyncError::Unreachable(_) => m::SYNC_UNREACHABLE.into(),
            SyncError::PinMismatch => m::SYNC_PIN_MISMATCH.into(),
            SyncError::CodeRejected => m::SYNC_CODE_REJECTED.into(),
            SyncError::Refused { message_id, .. } => {
                Message::received(message_id.clone(), Default::default())
            }
            SyncError::BadResponse(_) => m::SYNC_BAD_RESPONSE.into(),
            SyncError::Core(e) => e.message(),
        }
    }

    /// Whether retrying later can help (network trouble, hub busy), as opposed to a refusal.
    pub fn is_transient(&self) -> bool {
        match self {
            SyncError::Unreachable(_) | SyncError::BadResponse(_) => true,
            SyncError::Refused { status, .. } => *status == 429 || *status >= 500,
            SyncError::PinMismatch | SyncError::CodeRejected | SyncError::Core(_) => false,
        }
    }
}

/// A client of one hub (`https://host:port`), pinned to its certificate.
#[derive(Clone)]
pub struct HubClient {
    base: String,
    http: reqwest::Client,
    token: Option<String>,
}

fn classify(e: reqwest::Error) -> SyncError {
    let chain = format!("{e:?}");
    if chain.contains("does not match the join code") {
        SyncError::PinMismatch
    } else {
        SyncError::Unreachable(e.to_string())
    }
}

impl HubClient {
    /// A client for `base_url` that trusts only the certificate matching `pin`.
    pub fn new(base_url: &str, pin: &str) -> Result<HubClient, SyncError> {
        let tls = pinned_config(pin).map_err(|e| SyncError::Unreachable(e.to_string()))?;
        Self::with_tls(base_url, tls)
    }

    /// A join's first contact with `base_url`: any certificate, its fingerprint noted in the
    /// returned cell. Use it for [`HubClient::join_start`] only.
    pub fn first_contact(base_url: &str) -> Result<(HubClient, SeenCertificate), SyncError> {
        let (tls, seen) =
            first_contact_config().map_err(|e| SyncError::Unreachable(e.to_string()))?;
        Ok((Self::with_tls(base_url, tls)?, seen))
    }

    fn with_tls(base_url: &str, tls: rustls::ClientConfig) -> Result<HubClient, SyncError> {
        let http = reqwest::Client::builder()
            .use_preconfigured_tls(tls)
            .no_proxy()
            .connect_timeout(Duration::from_secs(3))
            .timeout(Duration::from_secs(10))
            // The hub closes a kept-alive connection idle for 15 s (jikim_hub::HubLimits); never
            // reuse one that old, so a push does not land on a connection being closed.
            .pool_idle_timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| SyncError::Unreachable(e.to_string()))?;
        Ok(HubClient {
            base: base_url.trim_end_matches('/').to_string(),
            http,
            token: None,
        })
    }

    /// The same client acting for the device token of one student.
    pub fn with_token(mut self, token: &str) -> HubClient {
        self.token = Some(token.to_string());
        self
    }

    async fn send<T: DeserializeOwned>(
        &self,
        req: reqwest::RequestBuilder,
    ) -> Result<T, SyncError> {
        let req = match &self.token {
            Some(t) => req.bearer_auth(t),
            None => req,
        };
        let resp = req.send().await.map_err(classify)?;
        let status = resp.status();
        if status.is_success() {
            return resp
                .json::<T>()
                .await
                .map_err(|e| SyncError::BadResponse(e.to_string()));
        }
        let err = resp.json::<ApiError>().await.unwrap_or(ApiError {
            code: "unknown".into(),
            message_id: m::SYNC_BAD_RESPONSE.id().into(),
        });
        Err(SyncError::Refused {
            status: status.as_u16(),
            code: err.code,
            message_id: err.message_id,
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}/api/v1{}", self.base, path)
    }

    async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<T, SyncError> {
        self.send(self.http.post(self.url(path)).json(body)).await
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, SyncError> {
        self.send(self.http.get(self.url(path))).await
    }

    /// Join step 1: SPAKE2 message A; the hub answers with B and its confirmation.
    pub async fn join_start(&self, req: &JoinStart) -> Result<JoinStarted, SyncError> {
        self.post("/join/start", req).await
    }

    /// Join step 2 (on a client pinned to the confirmed certificate): returns the token.
    pub async fn join(&self, req: &JoinRequest) -> Result<JoinResponse, SyncError> {
        self.post("/join", req).await
    }

    /// Signs in with the PIN on a hub joined before: returns a token for this PC.
    pub async fn sign_in(&self, req: &SignInRequest) -> Result<JoinResponse, SyncError> {
        self.post("/signin", req).await
    }

    /// The student's assignments.
    pub async fn me(&self) -> Result<MeResponse, SyncError> {
        self.get("/me").await
    }

    /// Pushes records; the hub acknowledges the ids it has committed. `pending` is how many of
    /// this student's records still wait on the PC after these (the teacher sees it).
    pub async fn push(
        &self,
        records: &[SyncRecord],
        pending: u64,
    ) -> Result<PushResponse, SyncError> {
        self.push_as(records, pending, None).await
    }

    /// [`HubClient::push`], saying whether the student is signed in on this PC now.
    pub async fn push_as(
        &self,
        records: &[SyncRecord],
        pending: u64,
        signed_in: Option<bool>,
    ) -> Result<PushResponse, SyncError> {
        self.post(
            "/records",
            &PushRequest {
                records: records.to_vec(),
                pending: Some(pending),
                signed_in,
            },
        )
        .await
    }

    /// Tells the hub this PC is there for the student and how many records wait; the answer
    /// carries the teacher's orders (send now, end of period).
    pub async fn heartbeat(&self, beat: &Heartbeat) -> Result<HeartbeatReply, SyncError> {
        self.post("/heartbeat", beat).await
    }

    /// One page of what the hub holds for this student, after the cursor `after` (0 first).
    pub async fn records_page(&self, after: i64) -> Result<RecordsResponse, SyncError> {
        self.get(&format!("/me/records?after={after}")).await
    }

    /// Everything the hub holds for this student, page by page.
    pub async fn records(&self) -> Result<RecordsResponse, SyncError> {
        let mut all = Vec::new();
        let mut after = 0;
        loop {
            let page = self.records_page(after).await?;
            all.extend(page.records);
            match page.next {
                Some(next) if next > after => after = next,
                _ => break,
            }
        }
        Ok(RecordsResponse {
            records: all,
            next: None,
        })
    }
}

#[cfg(test)]
mod error_codes {
    use super::SyncError;
    use jikim_core::error::AppError;

    /// Each case crosses IPC under its own code; a hub's refusal under the hub's code (issue
    /// 18: every sync error used to reach the window as "sync").
    #[test]
    fn each_sync_error_has_its_own_code_and_a_refusal_keeps_the_hubs() {
        let refused = SyncError::Refused {
            status: 401,
            code: "pin_wrong".into(),
            message_id: "hub-pin-wrong".into(),
        }
        .payload();
        assert_eq!(
            (refused.code.as_str(), refused.message_id.as_str()),
            ("pin_wrong", "hub-pin-wrong")
        );
        let codes: Vec<String> = [
            SyncError::Unreachable("cable".into()),
            SyncError::PinMismatch,
            SyncError::CodeRejected,
            SyncError::BadResponse("junk".into()),
            SyncError::Core(jikim_core::CoreError::NotSignedIn),
        ]
        .iter()
        .map(|e| e.payload().code)
        .collect();
        let mut distinct = codes.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), codes.len(), "{codes:?}");
        assert!(!codes.iter().any(|c| c == "sync"), "{codes:?}");
    }
}
