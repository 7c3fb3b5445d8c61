//! progenitor's hooks for the generated client: before a call, the credential, headers and
//! timeout; around it, the retries (RFC 9110 §9.2.2 idempotent methods by default, 408, 429,
//! 5xx and connection failures, `Retry-After` per RFC 9110 §10.2.3).

use std::time::{Duration, SystemTime};

use progenitor_client::{ClientHooks, ClientInfo, Error as ProgenitorError, OperationInfo};
use reqwest::header::{AUTHORIZATION, HeaderValue, RETRY_AFTER, USER_AGENT};
use reqwest::{Method, StatusCode};

use crate::generated::operation_security;
use crate::settings::RetryEvent;
use crate::{Client, Settings};

const INITIAL_RETRY_DELAY: Duration = Duration::from_millis(500);
const MAX_BACKOFF: Duration = Duration::from_secs(8);

impl ClientHooks<Settings> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), ProgenitorError<E>> {
        let settings = self.inner();
        // The first of the operation's schemes that the client has a credential for.
        let source = operation_security(info.operation_id)
            .iter()
            .find_map(|scheme| settings.credentials.get(*scheme));
        if let Some(source) = source {
            let token = source
                .token()
                .await
                .map_err(|e| ProgenitorError::Custom(format!("getting a token: {e}")))?;
            let value = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
                ProgenitorError::InvalidRequest("the token is not a valid header value".into())
            })?;
            request.headers_mut().insert(AUTHORIZATION, value);
        }
        request
            .headers_mut()
            .insert(USER_AGENT, HeaderValue::from_static(crate::USER_AGENT));
        for (name, value) in &settings.headers {
            request.headers_mut().insert(name, value.clone());
        }
        *request.timeout_mut() = Some(settings.timeout);
        Ok(())
    }

    async fn exec(
        &self,
        mut request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let settings = self.inner();
        let may_retry = is_idempotent(request.method()) || settings.retry_non_idempotent;
        let mut attempt = 0;
        loop {
            // A streamed body cannot be cloned, and so cannot be retried.
            let next = (may_retry && attempt < settings.max_retries)
                .then(|| request.try_clone())
                .flatten();
            let method = request.method().clone();
            let result = self.client().execute(request).await;
            let Some(next) = next else {
                return result;
            };
            let (status, retry_after) = match &result {
                Ok(response) if is_retryable_status(response.status()) => (
                    Some(response.status().as_u16()),
                    retry_after(response.headers().get(RETRY_AFTER), crate::system_now()),
                ),
                Err(e) if e.is_connect() || e.is_timeout() => (None, None),
                _ => return result,
            };
            attempt += 1;
            let delay = retry_after
                .unwrap_or_else(|| backoff(attempt))
                .min(settings.max_retry_delay);
            if let Some(hook) = &settings.on_retry {
                hook(RetryEvent {
                    operation_id: info.operation_id,
                    method,
                    attempt,
                    delay,
                    status,
                })
                .await;
            }
            drop(result);
            tokio::time::sleep(delay).await;
            request = next;
        }
    }
}

/// RFC 9110 §9.2.2: safe to repeat.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
    )
}

pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    status == StatusCode::REQUEST_TIMEOUT
        || status == StatusCode::TOO_MANY_REQUESTS
        || status.is_server_error()
}

/// `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3), from `now`.
pub(crate) fn retry_after(value: Option<&HeaderValue>, now: SystemTime) -> Option<Duration> {
    let text = value?.to_str().ok()?.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(text).ok()?;
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(date.timestamp()).ok()?);
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Exponential backoff from 0.5 s, at most 8 s, with up to 25% taken off at random so
/// clients that failed together do not retry together.
pub(crate) fn backoff(attempt: u32) -> Duration {
    let exponential = INITIAL_RETRY_DELAY
        .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)))
        .min(MAX_BACKOFF);
    let jitter = 1.0 - 0.25 * random_fraction();
    exponential.mul_f64(jitter)
}

/// A number in [0, 1) that varies between calls; jitter needs no better randomness.
fn random_fraction() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        crate::system_now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let seconds = HeaderValue::from_static("30");
        assert_eq!(
            retry_after(Some(&seconds), now),
            Some(Duration::from_secs(30))
        );
        // 1_700_000_000 is Tue, 14 Nov 2023 22:13:20 GMT.
        let date = HeaderValue::from_static("Tue, 14 Nov 2023 22:13:25 GMT");
        assert_eq!(retry_after(Some(&date), now), Some(Duration::from_secs(5)));
        let past = HeaderValue::from_static("Tue, 14 Nov 2023 22:00:00 GMT");
        assert_eq!(retry_after(Some(&past), now), Some(Duration::ZERO));
        assert_eq!(
            retry_after(Some(&HeaderValue::from_static("soon")), now),
            None
        );
        assert_eq!(retry_after(None, now), None);
    }

    #[test]
    fn backoff_doubles_up_to_its_cap_with_jitter() {
        for (attempt, full) in [(1, 500), (2, 1000), (3, 2000), (5, 8000), (9, 8000)] {
            let delay = backoff(attempt).as_millis();
            assert!(
                delay <= full && delay >= full * 3 / 4,
                "attempt {attempt}: {delay} ms"
            );
        }
    }

    #[test]
    fn only_idempotent_methods_and_transient_statuses() {
        assert!(is_idempotent(&Method::GET) && is_idempotent(&Method::DELETE));
        assert!(!is_idempotent(&Method::POST) && !is_idempotent(&Method::PATCH));
        for code in [408, 429, 500, 502, 503] {
            assert!(is_retryable_status(StatusCode::from_u16(code).unwrap()));
        }
        for code in [400, 401, 404, 409, 422] {
            assert!(!is_retryable_status(StatusCode::from_u16(code).unwrap()));
        }
    }
}
