//! HTTP to identity providers (OIDC discovery, tokens, keys): no redirects (a provider
//! must not bounce us to another host), a timeout, and a cap on how much of an answer
//! is read, so a hostile or broken provider cannot exhaust the portal's memory.

use std::time::Duration;

/// Discovery documents, key sets and token responses are a few kilobytes.
pub const MAX_RESPONSE_BYTES: usize = 1024 * 1024;

pub fn client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        // A pooled connection left idle is dropped before a provider's keep-alive
        // closes it (Node's default is 5 s): reusing one the other side is closing
        // fails the request ("connection closed before message completed"), and a
        // login's one token exchange then fails with it.
        .pool_idle_timeout(Duration::from_secs(2))
        .build()
}

fn too_large() -> std::io::Error {
    std::io::Error::other(format!(
        "the provider's answer is larger than {MAX_RESPONSE_BYTES} bytes"
    ))
}

/// The body of `resp`, refused past [`MAX_RESPONSE_BYTES`] (also when it says so up
/// front), read chunk by chunk so that nothing larger is ever held.
pub async fn read_limited(mut resp: reqwest::Response) -> std::io::Result<Vec<u8>> {
    if resp
        .content_length()
        .is_some_and(|n| n > MAX_RESPONSE_BYTES as u64)
    {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(std::io::Error::other)? {
        if body.len() + chunk.len() > MAX_RESPONSE_BYTES {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The HTTP client given to the `openidconnect` crate: every call has the limits above.
#[derive(Clone)]
pub struct LimitedClient(pub reqwest::Client);

impl<'c> openidconnect::AsyncHttpClient<'c> for LimitedClient {
    type Error = std::io::Error;
    type Future = std::pin::Pin<
        Box<
            dyn std::future::Future<Output = std::io::Result<openidconnect::HttpResponse>>
                + Send
                + 'c,
        >,
    >;

    fn call(&'c self, request: openidconnect::HttpRequest) -> Self::Future {
        Box::pin(call(&self.0, request))
    }
}

/// One request for the `openidconnect` crate, with the limits above.
pub async fn call(
    http: &reqwest::Client,
    request: openidconnect::HttpRequest,
) -> std::io::Result<openidconnect::HttpResponse> {
    let (parts, body) = request.into_parts();
    let resp = http
        .request(parts.method, parts.uri.to_string())
        .headers(parts.headers)
        .body(body)
        .send()
        .await
        .map_err(std::io::Error::other)?;
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = read_limited(resp).await?;
    let mut out = openidconnect::HttpResponse::new(body);
    *out.status_mut() = status;
    *out.headers_mut() = headers;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    /// A provider that answers every request with `body_len` bytes, chunked so the
    /// size is not announced. Plain threads: it must not share the test's runtime.
    fn flooding_provider(body_len: usize) -> String {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        std::thread::spawn(move || {
            for mut sock in listener.incoming().flatten() {
                std::thread::spawn(move || -> std::io::Result<()> {
                    let mut buf = [0u8; 4096];
                    let _ = sock.read(&mut buf)?;
                    sock.write_all(
                        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\
                          transfer-encoding: chunked\r\n\r\n",
                    )?;
                    let chunk = vec![b' '; 64 * 1024];
                    let mut sent = 0;
                    while sent < body_len {
                        let n = chunk.len().min(body_len - sent);
                        sock.write_all(format!("{n:x}\r\n").as_bytes())?;
                        sock.write_all(&chunk[..n])?;
                        sock.write_all(b"\r\n")?;
                        sent += n;
                    }
                    sock.write_all(b"0\r\n\r\n")
                });
            }
        });
        format!("http://{addr}/")
    }

    #[tokio::test]
    async fn an_answer_past_the_cap_is_refused_and_one_below_is_read() {
        let http = client().expect("client");
        let big = flooding_provider(MAX_RESPONSE_BYTES + 1);
        let resp = http.get(&big).send().await.expect("send");
        let err = read_limited(resp).await.expect_err("too large");
        assert!(err.to_string().contains("larger than"), "{err}");

        let small = flooding_provider(1000);
        let mut request = openidconnect::HttpRequest::new(Vec::new());
        *request.uri_mut() = small.parse().expect("uri");
        let resp = call(&http, request).await.expect("small answer");
        assert_eq!(resp.status(), 200);
        assert_eq!(resp.body().len(), 1000);
    }
}
