//! The App's database as the tests read it, on SQLite and Postgres alike.

use sqlx::any::AnyRow;
use sqlx::Row;

/// Every column of `rows` as text (`NULL` for null, integers in decimal).
pub fn text_rows(rows: &[AnyRow]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| {
            (0..r.columns().len())
                .map(|i| {
                    r.try_get::<String, _>(i)
                        .or_else(|_| r.try_get::<i64, _>(i).map(|n| n.to_string()))
                        .unwrap_or_else(|_| "NULL".to_owned())
                })
                .collect()
        })
        .collect()
}

/// Create the database `name` on the Postgres server whose admin URL is `admin`
/// (`PARALLELIZE_TEST_POSTGRES`); its URL.
pub async fn create_postgres_database(admin: &str, name: &str) -> String {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(admin)
        .await
        .expect("connect to PARALLELIZE_TEST_POSTGRES");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&pool)
        .await
        .expect("create a test database");
    pool.close().await;
    let (server, _) = admin.rsplit_once('/').expect("a URL ending in /<database>");
    format!("{server}/{name}")
}

/// Rows of `query` on the database at `url` (a new connection), every column as text.
pub async fn query_text(url: &str, query: &str) -> Vec<Vec<String>> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.expect("open db");
    let rows = sqlx::query(sqlx::AssertSqlSafe(query.to_owned()))
        .fetch_all(&pool)
        .await
        .unwrap_or_else(|e| panic!("{query}: {e}"));
    pool.close().await;
    text_rows(&rows)
}
