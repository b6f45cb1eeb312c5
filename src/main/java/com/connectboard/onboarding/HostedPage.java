package com.connectboard.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountLinkType;
import com.connectboard.graphql.UserError;

/** What a hosted page template shows: a heading, a message or code, and for the onboarding form its fields. */
public record HostedPage(String title, String heading, String message, String code, Form form) {

    /**
     * {@code termsRequired}: the onboarding form cannot be sent without accepting the terms; the remediation page
     * asks for them among the other outstanding items, any of which may be left for later. {@code otherItems}:
     * outstanding items the form cannot ask for (names the catalog does not know), listed so that the account holder
     * knows they are needed.
     */
    public record Form(String intro, List<Problem> problems, List<Section> sections, boolean askTerms,
            boolean termsRequired, boolean tosAccepted, String tosError, List<String> otherItems,
            boolean choosingType) {

        /**
         * The business type step reloads the page with the choice (GET, which changes nothing and does not use the
         * link); the full form posts.
         */
        public String method() {
            return choosingType ? "get" : "post";
        }
    }

    /** An error for the summary at the top, linked to its field. */
    public record Problem(String fieldId, String message) {
    }

    public record Section(String legend, List<Field> fields) {
    }

    /** A choice of a {@code select} field. */
    public record Option(String value, String label) {
    }

    /** {@code options}: the choices of a {@code select} field; null for an input. */
    public record Field(String name, String label, String type, String autocomplete, boolean required, String value,
            String hint, String error, List<Option> options) {

        Field(String name, String label, String type, String autocomplete, boolean required, String value, String hint,
                String error) {
            this(name, label, type, autocomplete, required, value, hint, error, null);
        }

        public boolean select() {
            return options != null;
        }

        public boolean selected(Option option) {
            return option.value().equals(value);
        }

        public String id() {
            return idOf(name);
        }

        public String hintId() {
            return id() + "-hint";
        }

        public String errorId() {
            return id() + "-error";
        }

        /** The hint and the error, as aria-describedby wants them; empty when neither exists. */
        public String describedBy() {
            return ((hint != null ? hintId() : "") + " " + (error != null ? errorId() : "")).trim();
        }
    }

    /**
     * Builds a form page from ready sections (the remediation page asks for its own fields); every item is optional,
     * the terms included.
     */
    static HostedPage custom(String heading, String intro, List<Section> sections, boolean askTerms,
            List<String> otherItems, Map<String, String> values, List<UserError> errors) {
        List<Problem> problems = new ArrayList<>();
        for (UserError error : errors) {
            String field = OnboardingForm.fieldOf(error);
            problems.add(new Problem(field == null ? null : idOf(field), readable(error)));
        }
        List<Section> withErrors = sections.stream().map(section -> new Section(section.legend(), section.fields()
                .stream().map(f -> new Field(f.name(), f.label(), f.type(), f.autocomplete(), f.required(),
                        values.getOrDefault(f.name(), ""), f.hint(), errorFor(f.name(), errors), f.options()))
                .toList())).toList();
        return new HostedPage(errors.isEmpty() ? heading : "Error: " + heading, heading, null, null,
                new Form(intro, problems, withErrors, askTerms, false, "on".equals(values.get(OnboardingForm.TOS)),
                        errorFor(OnboardingForm.TOS, errors), List.copyOf(otherItems), false));
    }

    static String idOf(String name) {
        return "f-" + name.replace('.', '-');
    }

    static HostedPage refused(HostedOnboarding.LinkRefusal refusal) {
        return new HostedPage(refusal.heading, refusal.heading, refusal.message, refusal.code.name(), null);
    }

    static HostedPage connected(AccountLinkType type) {
        return type == AccountLinkType.ONBOARDING
                ? new HostedPage("You're connected", "You're connected",
                        "Your details were submitted and your account is connected. You can close this page.", null, null)
                : new HostedPage("Details updated", "Your details were updated",
                        "Your changes were submitted. You can close this page.", null, null);
    }

    static HostedPage error() {
        return new HostedPage("Something went wrong", "Something went wrong",
                "Nothing was saved. Please try again in a moment.", null, null);
    }

    /** The form with the given values and errors (none when it first opens). */
    static HostedPage form(AccountEntity account, AccountLinkType type, Map<String, String> values,
            List<UserError> errors) {
        List<Section> sections = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean choosingType = OnboardingForm.choosingType(account, values);
        for (OnboardingForm.Group group : OnboardingForm.groups(account, OnboardingForm.type(account, values))) {
            List<Field> fields = new ArrayList<>();
            for (OnboardingForm.Spec spec : group.fields()) {
                String error = errorFor(spec.name(), errors);
                fields.add(new Field(spec.name(), spec.label(), spec.type(), spec.autocomplete(), spec.required(),
                        values.getOrDefault(spec.name(), ""), spec.hint(), error, spec.options()));
            }
            sections.add(new Section(group.legend(), fields));
        }
        for (UserError error : errors) {
            String field = OnboardingForm.fieldOf(error);
            problems.add(new Problem(field == null ? null : idOf(field), readable(error)));
        }
        String heading = type == AccountLinkType.ONBOARDING ? "Set up your account" : "Update your details";
        String intro = (account.businessName != null ? account.businessName + ": " : "")
                + "the platform asks the payments provider to connect your account. "
                + (choosingType
                        ? "First choose your business type; the page then asks for what it needs."
                        : "Fields marked required must be filled in.");
        return new HostedPage(errors.isEmpty() ? heading : "Error: " + heading, heading, null, null,
                new Form(intro, problems, sections, !choosingType, true, "on".equals(values.get(OnboardingForm.TOS)),
                        errorFor(OnboardingForm.TOS, errors), List.of(), choosingType));
    }

    private static String errorFor(String name, List<UserError> errors) {
        List<String> messages = errors.stream().filter(error -> name.equals(OnboardingForm.fieldOf(error)))
                .map(HostedPage::readable).toList();
        return messages.isEmpty() ? null : String.join(" ", messages);
    }

    /** The API's messages name the input path (`input.company.name`); a person filling in a form reads "This value". */
    private static String readable(UserError error) {
        return error.field() == null ? error.message() : error.message().replace("`" + error.field() + "`", "This value");
    }
}
