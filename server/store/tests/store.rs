//! Store behaviour on both backends: SQLite by default, PostgreSQL when
//! `TESSERA_TEST_DATABASE_URL` is set (`cargo xtask test` runs both).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use tessera_store::testing::TestDatabase;
use tessera_store::{
    AdminKeyRecord, Db, KeyRotation, NewSigningKey, StoreError, TenantPatch, TenantRecord,
};

async fn db() -> (TestDatabase, Db) {
    let database = TestDatabase::new().await.unwrap();
    let db = database.connect().await.unwrap();
    (database, db)
}

fn tenant(id: &str, slug: &str) -> TenantRecord {
    TenantRecord {
        id: id.into(),
        slug: slug.into(),
        name: format!("Tenant {slug}"),
        signing_alg: "ES256".into(),
        allowed_origins: vec!["https://a.test".into()],
        signup_mode: "invite_only".into(),
        signup_allowed_domains: vec![],
        block_disposable_emails: true,
        created_at: 1_000,
        updated_at: 1_000,
    }
}

fn key(kid: &str, alg: &str, created_at: i64) -> NewSigningKey {
    NewSigningKey {
        kid: kid.into(),
        alg: alg.into(),
        public_jwk: format!("{{\"kid\":\"{kid}\"}}"),
        private_key: vec![1, 2, 3, 0, 255],
        master_key_id: "mk1".into(),
        created_at,
    }
}

#[tokio::test]
async fn tenants_round_trip_page_update_and_cascade() {
    let (_database, db) = db().await;
    db.migrate().await.unwrap(); // idempotent
    db.create_tenant(
        &tenant("ten_1", "one"),
        &[key("k1", "ES256", 1_000), key("k2", "RS256", 1_000)],
    )
    .await
    .unwrap();
    db.create_tenant(&tenant("ten_2", "two"), &[])
        .await
        .unwrap();
    db.create_tenant(&tenant("ten_3", "three"), &[])
        .await
        .unwrap();

    assert_eq!(
        db.tenant_by_slug("one").await.unwrap(),
        Some(tenant("ten_1", "one"))
    );
    assert_eq!(db.tenant_by_slug("nope").await.unwrap(), None);
    let first: Vec<String> = db
        .list_tenants(None, 2)
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(first, ["ten_1", "ten_2"]);
    let rest: Vec<String> = db
        .list_tenants(Some("ten_2"), 2)
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(rest, ["ten_3"]);

    let patch = TenantPatch {
        name: Some("Renamed".into()),
        signing_alg: None,
        allowed_origins: Some(vec![]),
        ..TenantPatch::default()
    };
    let updated = db
        .update_tenant("ten_1", &patch, 2_000, None)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (
            updated.name.as_str(),
            updated.signing_alg.as_str(),
            updated.updated_at
        ),
        ("Renamed", "ES256", 2_000)
    );
    assert!(updated.allowed_origins.is_empty());
    assert_eq!(
        db.update_tenant("ten_404", &patch, 2_000, None)
            .await
            .unwrap(),
        None
    );

    assert_eq!(db.published_keys("ten_1", 1_500).await.unwrap().len(), 2);
    assert!(db.delete_tenant("ten_1").await.unwrap());
    assert!(!db.delete_tenant("ten_1").await.unwrap());
    assert!(
        db.published_keys("ten_1", 1_500).await.unwrap().is_empty(),
        "keys go with their tenant"
    );
    assert_eq!(db.list_tenants(None, 10).await.unwrap().len(), 2);
}

#[tokio::test]
async fn slugs_are_unique_and_a_failed_create_leaves_nothing() {
    let (_database, db) = db().await;
    db.create_tenant(&tenant("ten_1", "acme"), &[key("k1", "ES256", 1)])
        .await
        .unwrap();
    let err = db
        .create_tenant(&tenant("ten_2", "acme"), &[key("k2", "ES256", 1)])
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::UniqueViolation), "{err:?}");
    // A key insert failing after the tenant row rolls the tenant back too.
    let err = db
        .create_tenant(
            &tenant("ten_3", "beta"),
            &[key("k3", "ES256", 1), key("k4", "ES256", 1)],
        )
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::UniqueViolation),
        "two active keys of one alg: {err:?}"
    );
    assert_eq!(db.tenant_by_slug("beta").await.unwrap(), None);
    assert!(db.published_keys("ten_3", 1).await.unwrap().is_empty());
}

#[tokio::test]
async fn rotation_retires_publishes_and_detects_races() {
    let (_database, db) = db().await;
    db.create_tenant(&tenant("ten_1", "acme"), &[key("old", "ES256", 100)])
        .await
        .unwrap();
    let rotation = KeyRotation {
        retire: vec!["old".into()],
        retired_at: 200,
        publish_until: 300,
        insert: vec![key("new", "ES256", 200)],
    };
    db.rotate_keys("ten_1", &rotation).await.unwrap();
    assert_eq!(
        db.active_key("ten_1", "ES256").await.unwrap().unwrap().kid,
        "new"
    );
    let published: Vec<(String, Option<i64>)> = db
        .published_keys("ten_1", 250)
        .await
        .unwrap()
        .into_iter()
        .map(|k| (k.kid, k.publish_until))
        .collect();
    assert_eq!(
        published,
        [("new".to_owned(), None), ("old".to_owned(), Some(300))]
    );
    assert_eq!(
        db.published_keys("ten_1", 300).await.unwrap().len(),
        1,
        "gone at publish_until"
    );

    // A second rotation built from the same stale view loses, and changes nothing.
    let stale = KeyRotation {
        retire: vec!["old".into()],
        retired_at: 210,
        publish_until: 310,
        insert: vec![key("other", "ES256", 210)],
    };
    assert!(matches!(
        db.rotate_keys("ten_1", &stale).await.unwrap_err(),
        StoreError::ConcurrentUpdate
    ));
    assert_eq!(
        db.active_key("ten_1", "ES256").await.unwrap().unwrap().kid,
        "new"
    );
    assert_eq!(db.published_keys("ten_1", 250).await.unwrap().len(), 2);

    // Rotating again later purges keys that left the JWKS.
    let later = KeyRotation {
        retire: vec!["new".into()],
        retired_at: 400,
        publish_until: 500,
        insert: vec![key("newer", "ES256", 400)],
    };
    db.rotate_keys("ten_1", &later).await.unwrap();
    let all: Vec<String> = db
        .published_keys("ten_1", 0)
        .await
        .unwrap()
        .into_iter()
        .map(|k| k.kid)
        .collect();
    assert_eq!(all, ["newer", "new"], "the expired key was deleted");
    let sealed = db.active_key("ten_1", "ES256").await.unwrap().unwrap();
    assert_eq!(
        sealed.private_key,
        vec![1, 2, 3, 0, 255],
        "bytes round-trip exactly"
    );
}

#[tokio::test]
async fn first_admin_key_is_installed_once() {
    let (_database, db) = db().await;
    let admin = |id: &str, hash: u8| AdminKeyRecord {
        id: id.into(),
        name: "n".into(),
        secret_hash: vec![hash; 32],
        created_at: 1,
    };
    let (first, second) = (admin("a", 1), admin("b", 2));
    let (a, b) = tokio::join!(
        db.insert_first_admin_key(&first),
        db.insert_first_admin_key(&second)
    );
    assert_eq!(
        [a.unwrap(), b.unwrap()]
            .iter()
            .filter(|inserted| **inserted)
            .count(),
        1,
        "exactly one bootstrap wins"
    );
    assert!(!db.insert_first_admin_key(&admin("c", 3)).await.unwrap());
    db.insert_admin_key(&admin("d", 4)).await.unwrap();
    assert_eq!(
        db.admin_key_by_hash(&[4; 32]).await.unwrap().unwrap().id,
        "d"
    );
    assert_eq!(db.admin_key_by_hash(&[3; 32]).await.unwrap(), None);
    assert!(matches!(
        db.insert_admin_key(&admin("e", 4)).await.unwrap_err(),
        StoreError::UniqueViolation
    ));
}

#[tokio::test]
async fn the_first_claim_of_a_server_setting_wins() {
    let (_database, db) = db().await;
    assert_eq!(
        db.claim_server_setting("master_key_id", "mk1")
            .await
            .unwrap(),
        "mk1"
    );
    assert_eq!(
        db.claim_server_setting("master_key_id", "mk2")
            .await
            .unwrap(),
        "mk1"
    );
    assert_eq!(db.claim_server_setting("other", "x").await.unwrap(), "x");
    db.ping().await.unwrap();
}

#[tokio::test]
async fn unsupported_urls_are_refused() {
    let err = Db::connect("mysql://localhost/x", &Default::default())
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::UnsupportedUrl));
}

#[tokio::test]
async fn rate_limit_counters_count_concurrently_per_window_and_prune() {
    let (_database, db) = db().await;
    let hits = (0..20).map(|_| {
        let db = db.clone();
        async move { db.hit_rate_limit("acme", "auth_ip", "192.0.2.1", 600).await }
    });
    let mut counts: Vec<i64> = futures_join(hits).await;
    counts.sort_unstable();
    assert_eq!(
        counts,
        (1..=20).collect::<Vec<_>>(),
        "every hit gets its own count"
    );
    assert_eq!(
        db.hit_rate_limit("acme", "auth_ip", "192.0.2.2", 600)
            .await
            .unwrap(),
        1,
        "another key"
    );
    assert_eq!(
        db.hit_rate_limit("other", "auth_ip", "192.0.2.1", 600)
            .await
            .unwrap(),
        1,
        "another tenant"
    );
    assert_eq!(
        db.hit_rate_limit("acme", "auth_ip", "192.0.2.1", 660)
            .await
            .unwrap(),
        1,
        "a new window"
    );
    assert_eq!(db.prune_rate_limits(660).await.unwrap(), 3);
    assert_eq!(
        db.hit_rate_limit("acme", "auth_ip", "192.0.2.1", 660)
            .await
            .unwrap(),
        2
    );
}

/// Runs the hits concurrently on the pool (each on its own task).
async fn futures_join(
    hits: impl Iterator<
        Item = impl std::future::Future<Output = tessera_store::Result<i64>> + Send + 'static,
    >,
) -> Vec<i64> {
    let tasks: Vec<_> = hits.map(tokio::spawn).collect();
    let mut out = Vec::new();
    for task in tasks {
        out.push(task.await.unwrap().unwrap());
    }
    out
}

#[tokio::test]
async fn one_refresh_token_presented_twice_at_once_is_reuse() {
    use tessera_store::{NewRefreshToken, RefreshOutcome, SessionRecord, UserRecord};
    let (_database, db) = db().await;
    db.create_tenant(&tenant("ten_1", "acme"), &[])
        .await
        .unwrap();
    let user = UserRecord {
        id: "usr_1".into(),
        tenant_id: "ten_1".into(),
        email: "a@b.test".into(),
        email_verified: false,
        name: None,
        picture: None,
        locale: None,
        metadata: "{}".into(),
        password_hash: None,
        disabled: false,
        created_at: 1,
        updated_at: 1,
        last_login_at: None,
    };
    db.insert_user(&user).await.unwrap();
    let session = SessionRecord {
        id: "ses_1".into(),
        tenant_id: "ten_1".into(),
        user_id: "usr_1".into(),
        created_at: 1,
        last_used_at: 1,
        expires_at: 1_000,
        revoked_at: None,
        revoke_reason: None,
        ip: None,
        user_agent: None,
    };
    let token = |hash: u8| NewRefreshToken {
        token_hash: vec![hash; 32],
        created_at: 1,
        expires_at: 0,
    };
    db.insert_session(
        &user,
        &session,
        &NewRefreshToken {
            expires_at: 1_000,
            ..token(1)
        },
    )
    .await
    .unwrap();

    let (a, b) = (token(2), token(3));
    let (first, second) = tokio::join!(
        db.rotate_refresh_token("ten_1", &[1; 32], &a, 10),
        db.rotate_refresh_token("ten_1", &[1; 32], &b, 10),
    );
    let outcomes = [first.unwrap(), second.unwrap()];
    let rotated = outcomes
        .iter()
        .filter(|o| matches!(o, RefreshOutcome::Rotated(_)))
        .count();
    let reused = outcomes
        .iter()
        .filter(|o| matches!(o, RefreshOutcome::Reused { .. }))
        .count();
    assert_eq!((rotated, reused), (1, 1), "{outcomes:?}");
    // The reuse revoked the family, so neither successor works.
    for next in [2u8, 3] {
        let outcome = db
            .rotate_refresh_token("ten_1", &[next; 32], &token(9), 11)
            .await
            .unwrap();
        assert!(
            !matches!(outcome, RefreshOutcome::Rotated(_)),
            "successor {next} still works: {outcome:?}"
        );
    }
    let stored = db.session_by_id("ten_1", "ses_1").await.unwrap().unwrap();
    assert!(stored.revoked_at.is_some());
}
