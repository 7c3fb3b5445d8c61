// generated from spec/openapi.yaml by tessera-codegen, do not edit
package tessera

// Cursor pagination: each list operation has an <Op>All iterator over every item.

import "iter"

// paginate yields every item of every page, starting at start, until a page has no next
// cursor; an error is yielded once and ends the iteration. Each iteration starts afresh.
func paginate[P any, T any](start *string, fetch func(cursor *string) (*P, error), items func(*P) ([]T, *string)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		cursor := start
		for {
			page, err := fetch(cursor)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			data, next := items(page)
			for _, item := range data {
				if !yield(item, nil) {
					return
				}
			}
			if next == nil || *next == "" {
				return
			}
			cursor = next
		}
	}
}
