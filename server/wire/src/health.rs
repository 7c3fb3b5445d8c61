use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Body of the health endpoints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct HealthStatus {
    /// `ok` for liveness, `ready` for readiness.
    pub status: String,
}
