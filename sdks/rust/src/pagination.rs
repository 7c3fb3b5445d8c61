//! Cursor pages as a stream of items. The build script gives every paginated operation's
//! builder a `stream()` made here: it sends the builder, yields the page's `data`, and sends
//! it again with `cursor` set to `next_cursor` until there is none.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use futures::Stream;
use progenitor_client::{Error as ProgenitorError, ResponseValue};

use crate::Error;

/// Every item of a paginated list, page after page.
pub type ItemStream<'a, T> = Pin<Box<dyn Stream<Item = Result<T, Error>> + Send + 'a>>;

struct State<B, T> {
    builder: B,
    cursor: Option<String>,
    items: VecDeque<T>,
    /// No page is left to fetch.
    done: bool,
}

pub(crate) fn stream<'a, B, P, T, Fut>(
    builder: B,
    with_cursor: impl Fn(B, String) -> B + Send + 'a,
    send: impl Fn(B) -> Fut + Send + 'a,
    parts: impl Fn(P) -> (Vec<T>, Option<String>) + Send + Sync + 'a,
) -> ItemStream<'a, T>
where
    B: Clone + Send + 'a,
    T: Send + 'a,
    P: Send + 'a,
    Fut: Future<Output = Result<ResponseValue<P>, ProgenitorError<()>>> + Send + 'a,
{
    let state = State {
        builder,
        cursor: None,
        items: VecDeque::new(),
        done: false,
    };
    let parts = Arc::new(parts);
    Box::pin(futures::stream::unfold(state, move |mut state| {
        let page = match (state.items.is_empty(), state.done) {
            (false, _) | (true, true) => None,
            (true, false) => {
                let builder = match state.cursor.take() {
                    Some(cursor) => with_cursor(state.builder.clone(), cursor),
                    None => state.builder.clone(),
                };
                Some(send(builder))
            }
        };
        let parts = Arc::clone(&parts);
        async move {
            if let Some(page) = page {
                match page.await {
                    Ok(page) => {
                        let (items, next) = parts(page.into_inner());
                        state.items.extend(items);
                        // An empty page with a cursor would loop forever: stop there.
                        state.done = next.is_none() || state.items.is_empty();
                        state.cursor = next;
                    }
                    Err(e) => {
                        state.done = true;
                        return Some((Err(Error::from_progenitor(e).await), state));
                    }
                }
            }
            let item = state.items.pop_front()?;
            Some((Ok(item), state))
        }
    }))
}
