package org.csucasework.search;

import java.util.List;

/**
 * Implemented by each capability that keeps cases: finds its cases for a query, as the signed-in user, returning
 * only cases that user may see (a case they may not see must not change the answer in any way).
 */
public interface CaseSearch {

    CaseType type();

    List<SearchHit> search(SearchQuery query);
}
