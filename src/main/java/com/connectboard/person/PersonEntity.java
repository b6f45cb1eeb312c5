package com.connectboard.person;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import com.connectboard.account.details.Address;

/**
 * An owner, director, executive or the representative of a connected account. Removing one deletes the row: no
 * personal data outlives the removal. The id number itself goes to the provider; only its last four characters are
 * kept.
 */
@Entity
@Table(name = "person")
public class PersonEntity {

    public static final String ID_PREFIX = "person";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public String accountId;
    public String firstName;
    public String lastName;
    public String email;
    public String phone;

    /** Personal data: returned to the platform, never logged nor put into events. */
    public LocalDate dob;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Address address;

    public String idNumberLast4;

    public boolean owner;
    public BigDecimal percentOwnership;
    public boolean representative;
    public boolean director;
    public boolean executive;
    public String title;

    @Enumerated(EnumType.STRING)
    public PersonVerificationStatus verificationStatus = PersonVerificationStatus.UNVERIFIED;

    public Instant createdAt;
    public Instant updatedAt;
}
