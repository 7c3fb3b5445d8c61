//! Throwaway databases for tests.
//!
//! With `TESSERA_TEST_DATABASE_URL` set (to any database on a PostgreSQL server the tests may
//! create databases on), each [`TestDatabase`] is a fresh PostgreSQL database, dropped
//! afterwards; otherwise it is a fresh SQLite file in a temporary directory.

use std::str::FromStr;

use sqlx::Connection;
use sqlx::postgres::{PgConnectOptions, PgConnection};

use crate::{Db, PoolOptions, Result};

pub const DATABASE_URL_VAR: &str = "TESSERA_TEST_DATABASE_URL";

pub struct TestDatabase {
    /// The URL a server process can be pointed at.
    pub url: String,
    admin_url: Option<String>,
    name: String,
    _dir: Option<tempfile::TempDir>,
}

impl TestDatabase {
    pub async fn new() -> Result<Self> {
        match std::env::var(DATABASE_URL_VAR)
            .ok()
            .filter(|v| !v.is_empty())
        {
            Some(admin_url) => {
                let name = format!("tessera_test_{}", uuid::Uuid::new_v4().simple());
                let mut conn =
                    PgConnection::connect_with(&PgConnectOptions::from_str(&admin_url)?).await?;
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&mut conn)
                    .await?;
                conn.close().await?;
                let url = with_database(&admin_url, &name);
                Ok(Self {
                    url,
                    admin_url: Some(admin_url),
                    name,
                    _dir: None,
                })
            }
            None => {
                let dir =
                    tempfile::tempdir().map_err(|e| crate::StoreError::Corrupt(e.to_string()))?;
                let url = format!("sqlite://{}", dir.path().join("tessera.db").display());
                Ok(Self {
                    url,
                    admin_url: None,
                    name: String::new(),
                    _dir: Some(dir),
                })
            }
        }
    }

    /// Connects a pool and applies the migrations.
    pub async fn connect(&self) -> Result<Db> {
        let db = Db::connect(&self.url, &PoolOptions::default()).await?;
        db.migrate().await?;
        Ok(db)
    }

    pub fn is_postgres(&self) -> bool {
        self.admin_url.is_some()
    }

    /// Drops the PostgreSQL database (SQLite files go with their temporary directory).
    pub async fn drop_database(self) -> Result<()> {
        if let Some(admin_url) = &self.admin_url {
            let mut conn =
                PgConnection::connect_with(&PgConnectOptions::from_str(admin_url)?).await?;
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            )))
            .execute(&mut conn)
            .await?;
            conn.close().await?;
        }
        Ok(())
    }
}

/// Replaces the database name (the URL path) of a PostgreSQL URL.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    let mut out = format!("{}/{}", &base[..host_end], name);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn replaces_database_name() {
        use super::with_database;
        assert_eq!(
            with_database("postgres://u@h:5/postgres", "x"),
            "postgres://u@h:5/x"
        );
        assert_eq!(with_database("postgres://u@h:5", "x"), "postgres://u@h:5/x");
        assert_eq!(
            with_database("postgres://h/db?sslmode=disable", "x"),
            "postgres://h/x?sslmode=disable"
        );
    }
}
