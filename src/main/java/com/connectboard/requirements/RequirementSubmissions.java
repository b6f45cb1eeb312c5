package com.connectboard.requirements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.connectboard.account.AccountChanges;
import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountInputs.AddressInput;
import com.connectboard.account.AccountInputs.BusinessProfileInput;
import com.connectboard.account.AccountInputs.CompanyInput;
import com.connectboard.account.AccountInputs.IndividualInput;
import com.connectboard.account.AccountWrites;
import com.connectboard.event.ChangeSet;
import com.connectboard.requirements.RequirementCatalog.Definition;
import com.connectboard.requirements.RequirementCatalog.InputType;
import com.connectboard.requirements.RequirementCatalog.Source;

/**
 * Fills one requirement item with a value, for submitRequirementInformation and the remediation page alike: the same
 * checks, the same storage (the account's own column where the item has one, a submission otherwise), and the
 * provider's verdict on the old value cleared, since the new value is verified afresh.
 */
@ApplicationScoped
public class RequirementSubmissions {

    /** Shown in events as "provided" only: personal numbers and dates. */
    private static final Set<InputType> NOT_SHOWN = Set.of(InputType.DATE_OF_BIRTH, InputType.ID_NUMBER,
            InputType.SSN_LAST_4, InputType.TAX_ID, InputType.ADDRESS);

    @Inject
    RequirementCatalog catalog;
    @Inject
    AccountChanges changes;
    @Inject
    AccountWrites writes;
    @Inject
    ProviderState provider;
    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;

    /** What is wrong with submitting this value for this item, or null. */
    public String problem(AccountEntity account, String requirement, String value) {
        Definition definition = catalog.definition(requirement).orElse(null);
        if (definition == null) {
            return "Unknown requirement `" + requirement + "`; requirement names are field paths like individual.dob";
        }
        if (definition.input() == InputType.NONE) {
            return definition.source() == Source.PERSONS
                    ? "`" + requirement + "` is provided with the persons mutations"
                    : "`" + requirement + "` is provided with addExternalAccount";
        }
        return RequirementValues.problem(definition.input(), value, account.country, LocalDate.now(clock));
    }

    /** Stores a value {@link #problem} accepted; returns the form of it events may show. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String apply(AccountEntity account, String requirement, String value, String submittedBy) {
        Definition definition = catalog.definition(requirement).orElseThrow();
        String v = value.strip();
        if (definition.source() == Source.SUBMISSION) {
            RequirementSubmissionEntity.Key key = new RequirementSubmissionEntity.Key();
            key.accountId = account.id;
            key.requirement = requirement;
            RequirementSubmissionEntity row = entityManager.find(RequirementSubmissionEntity.class, key);
            if (row == null) {
                row = new RequirementSubmissionEntity();
                row.accountId = account.id;
                row.requirement = requirement;
            }
            row.valueShown = definition.input() == InputType.DOCUMENT || definition.input() == InputType.KANA
                    || definition.input() == InputType.REGISTRATION_NUMBER ? v : "provided";
            row.submittedAt = Instant.now(clock);
            row.submittedBy = submittedBy;
            if (!entityManager.contains(row)) {
                entityManager.persist(row);
            }
        } else {
            applyToAccount(account, requirement, definition.input() == InputType.ADDRESS ? null : v,
                    definition.input() == InputType.ADDRESS ? RequirementValues.address(v) : null);
        }
        provider.remove(account.id, ProviderRequirementEntity.VERIFICATION_FAILED, requirement);
        provider.remove(account.id, ProviderRequirementEntity.VERIFIED, requirement);
        writes.touch(account, Instant.now(clock));
        return NOT_SHOWN.contains(definition.input()) ? "provided" : v;
    }

    private void applyToAccount(AccountEntity account, String requirement, String v, AddressInput address) {
        switch (requirement) {
            case "business_type" -> changes.applyBusinessType(account, RequirementValues.businessType(v), new ChangeSet());
            case "tos_acceptance.date" -> writes.acceptTerms(account, RequirementValues.acceptedAt(v));
            case "business_profile.url" -> profile(account, new BusinessProfileInput(null, v, null, null, null, null));
            case "business_profile.product_description" ->
                profile(account, new BusinessProfileInput(null, null, null, v, null, null));
            case "business_profile.mcc" -> profile(account, new BusinessProfileInput(null, null, v, null, null, null));
            case "business_profile.support_phone" ->
                profile(account, new BusinessProfileInput(null, null, null, null, null, v));
            case "individual.first_name" -> individual(account, new IndividualInput(v, null, null, null, null, null, null));
            case "individual.last_name" -> individual(account, new IndividualInput(null, v, null, null, null, null, null));
            case "individual.email" -> individual(account, new IndividualInput(null, null, v, null, null, null, null));
            case "individual.phone" -> individual(account, new IndividualInput(null, null, null, v, null, null, null));
            case "individual.dob" -> individual(account, new IndividualInput(null, null, null, null, v, null, null));
            case "individual.address" ->
                individual(account, new IndividualInput(null, null, null, null, null, address, null));
            case "individual.id_number" ->
                individual(account, new IndividualInput(null, null, null, null, null, null, v));
            case "company.name" -> company(account, new CompanyInput(v, null, null, null));
            case "company.phone" -> company(account, new CompanyInput(null, v, null, null));
            case "company.tax_id" -> company(account, new CompanyInput(null, null, v, null));
            case "company.address" -> company(account, new CompanyInput(null, null, null, address));
            default -> throw new IllegalStateException("No account column for requirement " + requirement
                    + " (the catalog's account items must be listed in AccountFacts and here)");
        }
    }

    private void profile(AccountEntity account, BusinessProfileInput input) {
        changes.applyDetails(account, input, null, null, new ChangeSet());
    }

    private void individual(AccountEntity account, IndividualInput input) {
        changes.applyDetails(account, null, null, input, new ChangeSet());
    }

    private void company(AccountEntity account, CompanyInput input) {
        changes.applyDetails(account, null, input, null, new ChangeSet());
    }
}
