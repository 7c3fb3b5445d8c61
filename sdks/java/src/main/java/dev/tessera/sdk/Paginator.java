// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a cursor-paginated list, fetched page by page as iteration reaches it. Each
 * iteration starts again from the first page.
 *
 * <pre>{@code
 * for (User user : client.listUsersAll("acme", null)) {
 *     System.out.println(user.email());
 * }
 * }</pre>
 *
 * @param <P> the page type
 * @param <T> the item type
 */
public final class Paginator<P, T> implements Iterable<T> {
    private final String start;
    private final Function<String, P> fetch;
    private final Function<P, List<T>> items;
    private final Function<P, String> next;

    Paginator(String start, Function<String, P> fetch, Function<P, List<T>> items, Function<P, String> next) {
        this.start = start;
        this.fetch = fetch;
        this.items = items;
        this.next = next;
    }

    /**
     * Every page, the first one included.
     *
     * @return the pages, fetched lazily
     */
    public Iterable<P> pages() {
        return () -> new Iterator<>() {
            private String cursor = start;
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public P next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                P page = fetch.apply(cursor);
                cursor = next.apply(page);
                done = cursor == null || cursor.isEmpty();
                return page;
            }
        };
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<P> pages = pages().iterator();
        return new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    current = items.apply(pages.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The items as a sequential stream.
     *
     * @return a lazy stream
     */
    public Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }
}
