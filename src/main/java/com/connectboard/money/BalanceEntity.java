package com.connectboard.money;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** One row of a balance: a book of an owner in a currency, split into shards (see {@link Ledger}). */
@Entity
@Table(name = "balance")
@IdClass(BalanceEntity.Key.class)
public class BalanceEntity {

    @Id
    public String ownerId;

    @Id
    @Enumerated(EnumType.STRING)
    public Book book;

    @Id
    public String currency;

    @Id
    public short shard;

    @TenantId
    public String platformId;

    /** Never below zero (CHECK in V6). */
    public long amount;

    public static class Key implements Serializable {
        public String ownerId;
        public Book book;
        public String currency;
        public short shard;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(ownerId, key.ownerId) && book == key.book
                    && Objects.equals(currency, key.currency) && shard == key.shard;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ownerId, book, currency, shard);
        }
    }
}
