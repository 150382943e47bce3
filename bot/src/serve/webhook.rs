//! `POST /webhook`: verify, record, enqueue — nothing else. No GitHub call and no git work
//! happens inside the request; the handler answers in milliseconds.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;
use tracing::Instrument;

use super::metrics::Delivery as Outcome;
use super::queue::{Delivery, NewJob, Recorded};
use super::AppState;

/// GitHub caps webhook payloads at 25 MB.
pub const MAX_BODY: usize = 25 * 1024 * 1024;

/// Whether `signature` (`sha256=<hex>`) is the HMAC-SHA256 of `body` under one of `secrets`.
/// The comparison is constant-time (`Mac::verify_slice`).
pub fn verify(secrets: &[&[u8]], body: &[u8], signature: Option<&str>) -> bool {
    let Some(hex_sig) = signature.and_then(|s| s.strip_prefix("sha256=")) else {
        return false;
    };
    let Ok(expected) = hex::decode(hex_sig.trim()) else {
        return false;
    };
    secrets.iter().any(|secret| {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
            return false;
        };
        mac.update(body);
        mac.verify_slice(&expected).is_ok()
    })
}

/// `sha256=<hex>` of `body` under `secret`, as GitHub sends it.
#[cfg(test)]
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    // HMAC accepts keys of any length; new_from_slice cannot fail for it.
    let mut mac = match Hmac::<Sha256>::new_from_slice(secret) {
        Ok(mac) => mac,
        Err(_) => return String::new(),
    };
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// The job an event asks for, if any (`None`: recorded and ignored).
pub fn route(event: &str, payload: &Value) -> Option<NewJob> {
    let repository = payload["repository"]["full_name"]
        .as_str()
        .map(str::to_owned);
    let installation_id = payload["installation"]["id"].as_i64();
    let action = payload["action"].as_str().unwrap_or("");
    let job = |kind: &str, dedupe_key: Option<String>| NewJob {
        kind: kind.to_owned(),
        repository: repository.clone(),
        installation_id,
        dedupe_key,
        payload: payload.to_string(),
    };
    match event {
        "installation"
            if matches!(
                action,
                "created" | "deleted" | "suspend" | "unsuspend" | "new_permissions_accepted"
            ) =>
        {
            Some(job("installation", None))
        }
        "installation_repositories" if matches!(action, "added" | "removed") => {
            Some(job("installation_repositories", None))
        }
        "push" => {
            let git_ref = payload["ref"].as_str()?;
            // Branch deletions and tags carry nothing to analyse.
            if payload["deleted"].as_bool() == Some(true) || !git_ref.starts_with("refs/heads/") {
                return None;
            }
            let repo = repository.clone()?;
            Some(job("push", Some(format!("push:{repo}:{git_ref}"))))
        }
        // Each command runs: two comments are two requests.
        "issue_comment" if super::command::wants_job(event, payload) => Some(job("command", None)),
        "pull_request" if super::closed::wants_job(payload) => Some(job("pull_request", None)),
        "issues" if super::sweep::wants_job(payload) => Some(job("dashboard", None)),
        _ => None,
    }
}

/// For a command, the job of the 👀 reaction that acknowledges it at once.
fn acknowledgement(job: &NewJob, payload: &Value) -> Option<NewJob> {
    (job.kind == "command").then(|| NewJob {
        kind: "react".to_owned(),
        repository: job.repository.clone(),
        installation_id: job.installation_id,
        dedupe_key: None,
        payload: json!({
            "repository": job.repository,
            "installation": job.installation_id,
            "comment_id": payload["comment"]["id"],
            "content": "eyes",
        })
        .to_string(),
    })
}

pub async fn handle(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let secrets: Vec<&[u8]> = state.webhook_secrets.iter().map(|s| s.as_bytes()).collect();
    if !verify(&secrets, &body, header("x-hub-signature-256")) {
        tracing::warn!(
            delivery = header("x-github-delivery").unwrap_or("-"),
            "webhook signature missing or wrong: rejected"
        );
        // The event header of an unsigned request is anyone's text: not a label.
        state
            .metrics
            .delivery("unverified", Outcome::RejectedSignature);
        return (StatusCode::UNAUTHORIZED, "signature missing or wrong\n").into_response();
    }
    let (Some(event), Some(delivery_id)) = (header("x-github-event"), header("x-github-delivery"))
    else {
        let event = header("x-github-event").unwrap_or("none");
        state.metrics.delivery(event, Outcome::BadHeaders);
        return (
            StatusCode::BAD_REQUEST,
            "missing X-GitHub-Event or X-GitHub-Delivery header\n",
        )
            .into_response();
    };
    let payload: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => {
            state.metrics.delivery(event, Outcome::BadPayload);
            return (StatusCode::BAD_REQUEST, format!("body is not JSON: {e}\n")).into_response();
        }
    };
    let span = tracing::info_span!("delivery", id = delivery_id, event);
    let delivery = Delivery {
        id: delivery_id.to_owned(),
        event: event.to_owned(),
        action: payload["action"].as_str().map(str::to_owned),
        installation_id: payload["installation"]["id"].as_i64(),
        repository: payload["repository"]["full_name"]
            .as_str()
            .map(str::to_owned),
    };
    let job = route(event, &payload);
    let recorded = state
        .queue
        .record_delivery(&delivery, job.as_ref())
        .instrument(span.clone())
        .await;
    if let (Ok(Recorded::New { job: Some(_) }), Some(ack)) = (
        &recorded,
        job.as_ref().and_then(|j| acknowledgement(j, &payload)),
    ) {
        // The quick lane reacts while the workers may be busy for minutes; the command job
        // reacts too (idempotent), so a lost acknowledgement loses nothing else.
        if let Err(e) = state.queue.enqueue(&ack).instrument(span.clone()).await {
            tracing::warn!(parent: &span, error = %e, "cannot queue the acknowledgement");
        }
    }
    let _enter = span.enter(); // no `.await` below: the guard cannot leak
    match recorded {
        Ok(Recorded::Duplicate) => {
            state.metrics.delivery(event, Outcome::Duplicate);
            tracing::info!("repeated delivery: ignored");
            (StatusCode::OK, Json(json!({"duplicate": true}))).into_response()
        }
        Ok(Recorded::New { job: Some(id) }) => {
            state.metrics.delivery(event, Outcome::Queued);
            tracing::info!(job = id, "queued");
            state.wake.notify_waiters();
            (StatusCode::ACCEPTED, Json(json!({"job": id}))).into_response()
        }
        Ok(Recorded::New { job: None }) => {
            state.metrics.delivery(event, Outcome::Ignored);
            (StatusCode::ACCEPTED, Json(json!({"ignored": event}))).into_response()
        }
        Err(e) => {
            state.metrics.delivery(event, Outcome::Error);
            tracing::error!(error = %e, "cannot record the delivery");
            // GitHub redelivers on 5xx (manually or through the API): nothing is lost.
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "cannot record the delivery\n",
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_under_any_rotated_secret_and_nothing_else() {
        let body = br#"{"zen":"Keep it logically awesome."}"#;
        let sig = sign(b"new-secret", body);
        assert!(verify(&[b"old-secret", b"new-secret"], body, Some(&sig)));
        assert!(!verify(&[b"old-secret"], body, Some(&sig)));
        assert!(!verify(
            &[b"new-secret"],
            b"{\"zen\":\"tampered\"}",
            Some(&sig)
        ));
        assert!(!verify(&[b"new-secret"], body, None));
        assert!(!verify(&[b"new-secret"], body, Some("sha1=abc")));
        assert!(!verify(&[b"new-secret"], body, Some("sha256=zz")));
        assert!(!verify(&[b"new-secret"], body, Some(&sig[..sig.len() - 2])));
    }

    #[test]
    fn github_documented_example_signature() {
        // From GitHub's "Validating webhook deliveries" documentation.
        let sig = sign(b"It's a Secret to Everybody", b"Hello, World!");
        assert_eq!(
            sig,
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
        );
    }

    #[test]
    fn pushes_to_one_branch_share_a_dedupe_key_and_tags_are_ignored() {
        let push = |r: &str, deleted: bool| {
            json!({"ref": r, "deleted": deleted, "repository": {"full_name": "octo/repo"},
                   "installation": {"id": 9}})
        };
        let job = route("push", &push("refs/heads/main", false)).expect("a job");
        assert_eq!(
            job.dedupe_key.as_deref(),
            Some("push:octo/repo:refs/heads/main")
        );
        assert_eq!(job.installation_id, Some(9));
        assert_eq!(route("push", &push("refs/tags/v1", false)), None);
        assert_eq!(route("push", &push("refs/heads/main", true)), None);
        assert_eq!(route("star", &json!({"action": "created"})), None);
        assert!(route("installation", &json!({"action": "created"})).is_some());
        assert_eq!(route("installation", &json!({"action": "bogus"})), None);
    }
}
