//! Verified domains: a DNS TXT challenge checked through the configured resolver (a real
//! DNS server on a UDP port, started by the test), and auto-join by verified email domain.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use reqwest::Method;
use serde_json::{Value, json};
use tokio::net::UdpSocket;

use crate::organizations::create_org;
use crate::support::{TestServer, expect_problem};

const PASSWORD: &str = "correct horse battery staple";

/// A tiny authoritative DNS server (RFC 1035 §4) answering TXT queries from a table the
/// test fills in; other names get NXDOMAIN.
struct DnsServer {
    addr: SocketAddr,
    records: Arc<Mutex<HashMap<String, Vec<String>>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl DnsServer {
    async fn start() -> Self {
        let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let addr = socket.local_addr().unwrap();
        let records: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
        let table = records.clone();
        let task = tokio::spawn(async move {
            let mut buf = [0u8; 1500];
            loop {
                let Ok((len, peer)) = socket.recv_from(&mut buf).await else {
                    return;
                };
                let reply = answer(&buf[..len], &table.lock().unwrap());
                if let Some(answer) = reply {
                    let _ = socket.send_to(&answer, peer).await;
                }
            }
        });
        DnsServer {
            addr,
            records,
            task,
        }
    }

    fn publish(&self, name: &str, value: &str) {
        self.records
            .lock()
            .unwrap()
            .entry(name.to_ascii_lowercase())
            .or_default()
            .push(value.to_owned());
    }
}

/// The response to one query: the question echoed, then one TXT answer per value.
fn answer(query: &[u8], table: &HashMap<String, Vec<String>>) -> Option<Vec<u8>> {
    if query.len() < 12 {
        return None;
    }
    let mut labels = Vec::new();
    let mut at = 12;
    loop {
        let len = usize::from(*query.get(at)?);
        at += 1;
        if len == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(query.get(at..at + len)?).to_ascii_lowercase());
        at += len;
    }
    let question = query.get(12..at + 4)?;
    let qtype = u16::from_be_bytes([query[at], query[at + 1]]);
    let name = labels.join(".");
    let values = table.get(&name).filter(|_| qtype == 16);
    let mut out = Vec::new();
    out.extend_from_slice(&query[0..2]);
    let rcode: u8 = if table.contains_key(&name) { 0 } else { 3 };
    out.extend_from_slice(&[0x84 | (query[2] & 0x01), 0x80 | rcode]);
    out.extend_from_slice(&[0, 1]);
    let count = values.map_or(0, Vec::len) as u16;
    out.extend_from_slice(&count.to_be_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(question);
    for value in values.into_iter().flatten() {
        let mut rdata = Vec::new();
        for chunk in value.as_bytes().chunks(255) {
            rdata.push(chunk.len() as u8);
            rdata.extend_from_slice(chunk);
        }
        out.extend_from_slice(&[0xC0, 0x0C, 0, 16, 0, 1, 0, 0, 0, 0]);
        out.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
        out.extend_from_slice(&rdata);
    }
    Some(out)
}

async fn admin(
    server: &TestServer,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let request = server.admin(method, path);
    match body {
        Some(body) => request.json(&body),
        None => request,
    }
    .send()
    .await
    .unwrap()
}

#[tokio::test]
async fn a_domain_is_verified_by_its_txt_record_and_admits_verified_emails() {
    let dns = DnsServer::start().await;
    let server = TestServer::start_with_dns_resolver(dns.addr).await;
    server.create_tenant("acme").await;
    create_org(&server, "acme", "globex").await;
    create_org(&server, "acme", "rival").await;
    let base = "/v1/tenants/acme/organizations/globex/domains";

    let problem = expect_problem(
        admin(
            &server,
            Method::POST,
            base,
            Some(json!({ "domain": "not a domain" })),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/domain");
    let response = admin(
        &server,
        Method::POST,
        base,
        Some(json!({ "domain": "Globex.Test.", "auto_join": true })),
    )
    .await;
    assert_eq!(response.status(), 201);
    let domain: Value = response.json().await.unwrap();
    assert_eq!(domain["domain"], "globex.test");
    assert_eq!(domain["txt_name"], "_tessera-verification.globex.test");
    assert_eq!(domain["verified"], false);
    let txt_value = domain["txt_value"].as_str().unwrap().to_owned();
    assert!(txt_value.starts_with("tessera-verification="));
    let verify = format!("{base}/{}/verify", domain["id"].as_str().unwrap());

    // A user with a verified email at the domain does not join before verification.
    let jane = server
        .admin(Method::POST, "/v1/tenants/acme/users")
        .json(&json!({ "email": "jane@globex.test", "password": PASSWORD, "email_verified": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(jane.status(), 201);
    let jane: Value = jane.json().await.unwrap();
    assert_eq!(
        server
            .login("acme", "jane@globex.test", PASSWORD)
            .await
            .status(),
        200
    );
    let members: Value = admin(
        &server,
        Method::GET,
        "/v1/tenants/acme/organizations/globex/members",
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(members["data"], json!([]));

    // No record yet, then a wrong one: refused, naming what to publish.
    let problem = expect_problem(
        admin(&server, Method::POST, &verify, None).await,
        409,
        "conflict",
    )
    .await;
    assert!(
        problem["detail"].as_str().unwrap().contains(&txt_value),
        "{problem}"
    );
    dns.publish("_tessera-verification.globex.test", "v=spf1 -all");
    let problem = expect_problem(
        admin(&server, Method::POST, &verify, None).await,
        409,
        "conflict",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("1 other TXT value"),
        "{problem}"
    );

    dns.publish("_tessera-verification.globex.test", &txt_value);
    let response = admin(&server, Method::POST, &verify, None).await;
    assert_eq!(response.status(), 200);
    let verified: Value = response.json().await.unwrap();
    assert_eq!(verified["verified"], true);
    assert!(verified["verified_at"].is_string());

    // Another organization of the tenant cannot verify the same domain.
    let rival: Value = admin(
        &server,
        Method::POST,
        "/v1/tenants/acme/organizations/rival/domains",
        Some(json!({ "domain": "globex.test" })),
    )
    .await
    .json()
    .await
    .unwrap();
    dns.publish(
        "_tessera-verification.globex.test",
        rival["txt_value"].as_str().unwrap(),
    );
    expect_problem(
        admin(
            &server,
            Method::POST,
            &format!(
                "/v1/tenants/acme/organizations/rival/domains/{}/verify",
                rival["id"].as_str().unwrap()
            ),
            None,
        )
        .await,
        409,
        "already_exists",
    )
    .await;

    // Now Jane's next sign-in makes her a member; an unverified address at the domain does not.
    assert_eq!(
        server
            .login("acme", "jane@globex.test", PASSWORD)
            .await
            .status(),
        200
    );
    server
        .create_user("acme", "sam@globex.test", PASSWORD)
        .await;
    assert_eq!(
        server
            .login("acme", "sam@globex.test", PASSWORD)
            .await
            .status(),
        200
    );
    let members: Value = admin(
        &server,
        Method::GET,
        "/v1/tenants/acme/organizations/globex/members",
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    let ids: Vec<&str> = members["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["user_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [jane["id"].as_str().unwrap()]);
    assert_eq!(members["data"][0]["role"], "member");

    // Auto-join off: nobody else joins.
    let id = domain["id"].as_str().unwrap();
    let updated: Value = admin(
        &server,
        Method::PATCH,
        &format!("{base}/{id}"),
        Some(json!({ "auto_join": false })),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(updated["auto_join"], false);
    server
        .admin(Method::POST, "/v1/tenants/acme/users")
        .json(&json!({ "email": "kim@globex.test", "password": PASSWORD, "email_verified": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        server
            .login("acme", "kim@globex.test", PASSWORD)
            .await
            .status(),
        200
    );
    let members: Value = admin(
        &server,
        Method::GET,
        "/v1/tenants/acme/organizations/globex/members",
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(members["data"].as_array().unwrap().len(), 1);

    let listed: Value = admin(&server, Method::GET, base, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["data"].as_array().unwrap().len(), 1);
    assert_eq!(
        admin(&server, Method::DELETE, &format!("{base}/{id}"), None)
            .await
            .status(),
        204
    );
    expect_problem(
        admin(&server, Method::DELETE, &format!("{base}/{id}"), None).await,
        404,
        "not_found",
    )
    .await;
}
