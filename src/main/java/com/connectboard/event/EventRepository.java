package com.connectboard.event;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.connectboard.graphql.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<EventEntity, String> {

    /** Newest first, keyset-paginated; the filters are optional. */
    public List<EventEntity> page(EventFilter filter, PageRequest page) {
        Parameters params = filter.parameters();
        String where = filter.where();
        if (page.after().isPresent()) {
            where += " and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))";
            params.and("afterAt", page.after().get().createdAt()).and("afterId", page.after().get().id());
        }
        return find(where + " order by createdAt desc, id desc", params).page(0, page.fetchSize()).list();
    }

    public long count(EventFilter filter) {
        return count(filter.where(), filter.parameters());
    }

    public record EventFilter(String accountId, String type) {

        String where() {
            String where = "1 = 1";
            if (accountId != null) {
                where += " and accountId = :accountId";
            }
            if (type != null) {
                where += " and type = :type";
            }
            return where;
        }

        Parameters parameters() {
            Parameters params = new Parameters();
            if (accountId != null) {
                params.and("accountId", accountId);
            }
            if (type != null) {
                params.and("type", type);
            }
            return params;
        }
    }
}
