package com.connectboard.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountWrites;
import com.connectboard.error.ErrorCode;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.UserError;
import com.connectboard.requirements.AccountEvaluation;
import com.connectboard.requirements.RemediationPath;
import com.connectboard.requirements.RequirementCatalog;
import com.connectboard.requirements.RequirementCatalog.Definition;
import com.connectboard.requirements.RequirementCatalog.InputType;
import com.connectboard.requirements.RequirementSubmissions;
import com.connectboard.requirements.RequirementViews.RequiredAction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The page of a REMEDIATION link (docs/requirements.md): it asks the account holder for exactly the account's
 * outstanding items that can be typed in, and applies what was filled in through {@link RequirementSubmissions}, the
 * path submitRequirementInformation takes. The link is reusable: a submission does not use it up.
 */
@ApplicationScoped
public class HostedRemediation {

    private static final String[] ADDRESS_PARTS = {"line1", "line2", "city", "postalCode", "state", "country"};

    @Inject
    AccountEvaluation evaluation;
    @Inject
    AccountWrites writes;
    @Inject
    RequirementCatalog catalog;
    @Inject
    RequirementSubmissions submissions;
    @Inject
    EventRecorder events;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** Outstanding items the catalog does not know: listed on the page, which cannot ask for them. */
    private List<String> unknown(AccountEntity account) {
        return evaluation.evaluate(List.of(account.id)).get(account.id).actionsRequired().stream()
                .filter(action -> action.remediationPaths().contains(RemediationPath.SEND_REMEDIATION_LINK))
                .filter(action -> catalog.definition(action.requirement()).isEmpty())
                .map(RequiredAction::description).toList();
    }

    /** The outstanding items the page can ask for, in actionsRequired order. */
    private List<Definition> asked(AccountEntity account) {
        List<Definition> asked = new ArrayList<>();
        for (RequiredAction action : evaluation.evaluate(List.of(account.id)).get(account.id).actionsRequired()) {
            catalog.definition(action.requirement()).filter(definition -> definition.input() != InputType.NONE)
                    .ifPresent(asked::add);
        }
        return asked;
    }

    @Transactional
    public HostedPage page(AccountEntity account, Map<String, String> values, List<UserError> errors) {
        List<Definition> asked = asked(account);
        List<HostedPage.Field> fields = new ArrayList<>();
        boolean askTerms = false;
        for (Definition item : asked) {
            if (item.input() == InputType.TOS_ACCEPTANCE) {
                askTerms = true;
            } else if (item.input() == InputType.ADDRESS) {
                for (String part : ADDRESS_PARTS) {
                    fields.add(new HostedPage.Field(item.name() + "." + part, item.description() + " — " + label(part),
                            "text", "off", false, "", null, null));
                }
            } else if (item.input() == InputType.BUSINESS_TYPE) {
                fields.add(new HostedPage.Field(item.name(), item.description(), "select", "off", false, "", null, null,
                        OnboardingForm.TYPES));
            } else {
                fields.add(new HostedPage.Field(item.name(), item.description(), type(item.input()), "off", false, "",
                        hint(item.input()), null));
            }
        }
        List<String> others = unknown(account);
        String intro = asked.isEmpty() && others.isEmpty()
                ? "Nothing is needed from you at the moment. You can close this page."
                : "The payments provider needs the following to keep your account fully working. Fill in what you "
                        + "can; you can come back to this page later.";
        List<HostedPage.Section> sections = fields.isEmpty()
                ? List.of()
                : List.of(new HostedPage.Section("Outstanding information", fields));
        return HostedPage.custom("Complete your account", intro, sections, askTerms, others, values, errors);
    }

    /** Applies what was filled in, or answers the errors; the caller holds the account's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    HostedOnboarding.Submitted submit(AccountLinkEntity link, AccountEntity account, Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        List<UserError> errors = new ArrayList<>();
        for (Definition item : asked(account)) {
            String value = valueOf(item, form);
            if (value == null) {
                continue;
            }
            String problem = submissions.problem(account, item.name(), value);
            if (problem != null) {
                String field = item.input() == InputType.ADDRESS ? item.name() + ".line1" : item.name();
                errors.add(UserError.of(ErrorCode.INVALID_INPUT, "input." + field, problem));
            } else {
                values.put(item.name(), value);
            }
        }
        if (errors.isEmpty() && values.isEmpty()) {
            errors.add(UserError.of(ErrorCode.INVALID_INPUT, null, "Fill in at least one item."));
        }
        if (!errors.isEmpty()) {
            return new HostedOnboarding.Submitted(account, link.type, errors, null);
        }
        String actor = EventRecorder.ACCOUNT_HOLDER_PREFIX + account.id;
        values.forEach((requirement, value) -> {
            String shown = submissions.apply(account, requirement, value, actor);
            events.recordByAccountHolder("requirement.submitted", account.id,
                    Map.of("requirement", requirement, "value", shown, "linkId", link.id));
        });
        // Reusable: usedAt records the latest use, and does not end the link.
        link.usedAt = Instant.now(clock);
        writes.inputsChanged(account);
        return new HostedOnboarding.Submitted(account, link.type, List.of(),
                new HostedOnboarding.Connected(account.id, account.businessName, null, null, link.type));
    }

    private String valueOf(Definition item, Map<String, String> form) {
        if (item.input() == InputType.TOS_ACCEPTANCE) {
            String accepted = form.get(OnboardingForm.TOS);
            return "on".equals(accepted) || "true".equals(accepted) ? Instant.now(clock).toString() : null;
        }
        if (item.input() != InputType.ADDRESS) {
            String value = form.get(item.name());
            return value == null || value.isBlank() ? null : value;
        }
        Map<String, String> address = new LinkedHashMap<>();
        for (String part : ADDRESS_PARTS) {
            String value = form.get(item.name() + "." + part);
            if (value != null && !value.isBlank()) {
                address.put(part, value.strip());
            }
        }
        if (address.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(address);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label(String part) {
        return switch (part) {
            case "line1" -> "address line 1";
            case "line2" -> "address line 2";
            case "postalCode" -> "postal code";
            case "state" -> "state, province or region";
            case "country" -> "country (two letters, like US)";
            default -> part;
        };
    }

    private static String type(InputType input) {
        return switch (input) {
            case URL -> "url";
            case EMAIL -> "email";
            case PHONE -> "tel";
            case DATE_OF_BIRTH -> "date";
            default -> "text";
        };
    }

    private static String hint(InputType input) {
        return switch (input) {
            case DOCUMENT -> "The id of the file you uploaded to the payments provider, like file_1a2B3c4D.";
            case MCC -> "4 digits, like 5734.";
            case PHONE -> "International format, like +14155550123.";
            case DATE_OF_BIRTH -> "As YYYY-MM-DD.";
            default -> null;
        };
    }
}
