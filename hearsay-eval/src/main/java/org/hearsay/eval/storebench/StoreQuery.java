package org.hearsay.eval.storebench;

import java.util.function.ToIntFunction;
import org.hearsay.store.search.IndexedStore;

/**
 * One read against the store, as a user or the API would make it.
 *
 * @param what a description for messages ("timeline Berlin as of 2021-03-04")
 * @param run  runs it and returns how many results it gave
 */
record StoreQuery(QueryKind kind, String what, ToIntFunction<IndexedStore> run) {
}
