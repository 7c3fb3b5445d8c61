//! MFA storage on both backends: every spend is a compare-and-set, and a failed completion
//! writes nothing.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use tessera_store::testing::TestDatabase;
use tessera_store::{
    Db, MfaChallengeRecord, MfaCompletion, TenantRecord, TotpFactorRecord, UserRecord,
};

async fn setup() -> (TestDatabase, Db) {
    let database = TestDatabase::new().await.unwrap();
    let db = database.connect().await.unwrap();
    for (id, slug) in [("ten_a", "a"), ("ten_b", "b")] {
        db.create_tenant(
            &TenantRecord {
                id: id.into(),
                slug: slug.into(),
                name: slug.into(),
                signing_alg: "ES256".into(),
                allowed_origins: vec![],
                signup_mode: "invite_only".into(),
                signup_allowed_domains: vec![],
                block_disposable_emails: true,
                created_at: 1,
                updated_at: 1,
            },
            &[],
        )
        .await
        .unwrap();
    }
    db.insert_user(&UserRecord {
        id: "usr_1".into(),
        tenant_id: "ten_a".into(),
        email: "jane@example.com".into(),
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
    })
    .await
    .unwrap();
    (database, db)
}

fn factor(secret: &[u8], created_at: i64) -> TotpFactorRecord {
    TotpFactorRecord {
        tenant_id: "ten_a".into(),
        user_id: "usr_1".into(),
        secret: secret.to_vec(),
        master_key_id: "mk1".into(),
        enabled: false,
        last_used_step: None,
        created_at,
        confirmed_at: None,
    }
}

fn challenge(token: u8, created_at: i64) -> MfaChallengeRecord {
    MfaChallengeRecord {
        token_hash: vec![token; 32],
        tenant_id: "ten_a".into(),
        user_id: "usr_1".into(),
        created_at,
        expires_at: created_at + 300,
        used_at: None,
        first_factor: "password".into(),
        organization_id: None,
    }
}

#[tokio::test]
async fn enrolment_is_pending_until_enabled_and_then_fixed() {
    let (_database, db) = setup().await;
    assert_eq!(db.totp_factor("ten_a", "usr_1").await.unwrap(), None);
    assert!(db.upsert_pending_totp(&factor(b"old", 10)).await.unwrap());
    // A restart replaces the pending secret; the old one can no longer be enabled.
    assert!(db.upsert_pending_totp(&factor(b"new", 20)).await.unwrap());
    let codes = [vec![1u8; 32], vec![2u8; 32]];
    assert!(
        !db.enable_totp("ten_a", "usr_1", b"old", 5, 30, &codes)
            .await
            .unwrap()
    );
    assert!(
        db.enable_totp("ten_a", "usr_1", b"new", 5, 30, &codes)
            .await
            .unwrap()
    );
    let stored = db.totp_factor("ten_a", "usr_1").await.unwrap().unwrap();
    assert!(stored.enabled);
    assert_eq!(stored.last_used_step, Some(5));
    assert_eq!(stored.confirmed_at, Some(30));
    assert_eq!(stored.created_at, 20);
    assert_eq!(db.unused_recovery_codes("ten_a", "usr_1").await.unwrap(), 2);
    // Enabled: neither a new enrolment nor a second confirmation changes it.
    assert!(!db.upsert_pending_totp(&factor(b"other", 40)).await.unwrap());
    assert!(
        !db.enable_totp("ten_a", "usr_1", b"new", 9, 40, &codes)
            .await
            .unwrap()
    );
    assert_eq!(
        db.totp_factor("ten_a", "usr_1").await.unwrap().unwrap(),
        stored
    );
    // Another tenant sees nothing.
    assert_eq!(db.totp_factor("ten_b", "usr_1").await.unwrap(), None);

    assert!(
        db.replace_recovery_codes("ten_a", "usr_1", &[vec![3u8; 32]], 50)
            .await
            .unwrap()
    );
    assert_eq!(db.unused_recovery_codes("ten_a", "usr_1").await.unwrap(), 1);
    assert!(db.delete_totp("ten_a", "usr_1").await.unwrap());
    assert!(!db.delete_totp("ten_a", "usr_1").await.unwrap());
    assert_eq!(db.unused_recovery_codes("ten_a", "usr_1").await.unwrap(), 0);
    assert!(
        !db.replace_recovery_codes("ten_a", "usr_1", &[vec![3u8; 32]], 60)
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn completions_spend_factor_and_challenge_together() {
    let (_database, db) = setup().await;
    db.upsert_pending_totp(&factor(b"s", 10)).await.unwrap();
    let codes = [vec![1u8; 32], vec![2u8; 32]];
    db.enable_totp("ten_a", "usr_1", b"s", 100, 10, &codes)
        .await
        .unwrap();
    db.insert_mfa_challenge(&challenge(7, 1_000)).await.unwrap();
    let token = [7u8; 32];

    // Another tenant cannot see or complete the challenge.
    assert_eq!(db.mfa_challenge("ten_b", &token).await.unwrap(), None);
    assert_eq!(
        db.complete_mfa_with_totp("ten_b", &token, "usr_1", 101, 1_001)
            .await
            .unwrap(),
        MfaCompletion::FactorRejected
    );
    // A step at or before the last used one is refused, and spends nothing.
    for step in [99, 100] {
        assert_eq!(
            db.complete_mfa_with_totp("ten_a", &token, "usr_1", step, 1_001)
                .await
                .unwrap(),
            MfaCompletion::FactorRejected
        );
    }
    // A valid step with an expired challenge is rolled back: the step stays unused.
    assert_eq!(
        db.complete_mfa_with_totp("ten_a", &token, "usr_1", 101, 1_300)
            .await
            .unwrap(),
        MfaCompletion::ChallengeGone
    );
    assert_eq!(
        db.totp_factor("ten_a", "usr_1")
            .await
            .unwrap()
            .unwrap()
            .last_used_step,
        Some(100)
    );
    assert_eq!(
        db.complete_mfa_with_totp("ten_a", &token, "usr_1", 101, 1_001)
            .await
            .unwrap(),
        MfaCompletion::Completed
    );
    assert!(
        db.mfa_challenge("ten_a", &token)
            .await
            .unwrap()
            .unwrap()
            .used_at
            .is_some()
    );
    // Spent: the same challenge with a later step is gone, and the step is not recorded.
    assert_eq!(
        db.complete_mfa_with_totp("ten_a", &token, "usr_1", 102, 1_002)
            .await
            .unwrap(),
        MfaCompletion::ChallengeGone
    );
    assert_eq!(
        db.totp_factor("ten_a", "usr_1")
            .await
            .unwrap()
            .unwrap()
            .last_used_step,
        Some(101)
    );

    // A new challenge clears the spent one.
    db.insert_mfa_challenge(&challenge(8, 2_000)).await.unwrap();
    assert_eq!(db.mfa_challenge("ten_a", &token).await.unwrap(), None);
    let token = [8u8; 32];
    assert_eq!(
        db.complete_mfa_with_recovery_code("ten_a", &token, "usr_1", &[9u8; 32], 2_001)
            .await
            .unwrap(),
        MfaCompletion::FactorRejected
    );
    // An expired challenge does not burn the recovery code.
    assert_eq!(
        db.complete_mfa_with_recovery_code("ten_a", &token, "usr_1", &codes[0], 2_300)
            .await
            .unwrap(),
        MfaCompletion::ChallengeGone
    );
    assert_eq!(db.unused_recovery_codes("ten_a", "usr_1").await.unwrap(), 2);
    assert_eq!(
        db.complete_mfa_with_recovery_code("ten_a", &token, "usr_1", &codes[0], 2_001)
            .await
            .unwrap(),
        MfaCompletion::Completed
    );
    assert_eq!(db.unused_recovery_codes("ten_a", "usr_1").await.unwrap(), 1);
    db.insert_mfa_challenge(&challenge(9, 3_000)).await.unwrap();
    assert_eq!(
        db.complete_mfa_with_recovery_code("ten_a", &[9u8; 32], "usr_1", &codes[0], 3_001)
            .await
            .unwrap(),
        MfaCompletion::FactorRejected,
        "a recovery code works once"
    );

    // Deleting the user takes factor, codes and challenges with it.
    assert!(db.delete_user("ten_a", "usr_1").await.unwrap());
    assert_eq!(db.totp_factor("ten_a", "usr_1").await.unwrap(), None);
    assert_eq!(db.mfa_challenge("ten_a", &[9u8; 32]).await.unwrap(), None);
}

#[tokio::test]
async fn a_challenge_remembers_the_organization_it_opens_into() {
    let (_database, db) = setup().await;
    let into = MfaChallengeRecord {
        organization_id: Some("org_1".into()),
        ..challenge(11, 5_000)
    };
    db.insert_mfa_challenge(&into).await.unwrap();
    db.insert_mfa_challenge(&challenge(12, 5_000))
        .await
        .unwrap();
    assert_eq!(
        db.mfa_challenge("ten_a", &[11u8; 32]).await.unwrap(),
        Some(into)
    );
    assert_eq!(
        db.mfa_challenge("ten_a", &[12u8; 32])
            .await
            .unwrap()
            .unwrap()
            .organization_id,
        None
    );
}
