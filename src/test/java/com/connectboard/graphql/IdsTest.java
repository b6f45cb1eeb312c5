package com.connectboard.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import com.connectboard.requirements.Evaluator;

/** Random and derived ids have one form: prefix, underscore, 24 characters of the one base-62 alphabet. */
class IdsTest {

    private static final String FORM = "[a-z]+_[0-9A-Za-z]{24}";

    @Test
    void aNewIdIsThePrefixAnUnderscoreAnd24Base62Characters() {
        assertThat(Ids.newId("acct"), matchesPattern("acct_[0-9A-Za-z]{24}"));
        assertNotEquals(Ids.newId("acct"), Ids.newId("acct"));
    }

    @Test
    void aDerivedIdHasTheSameFormAndDependsOnlyOnItsKey() {
        assertThat(Ids.derivedId("act", "one"), matchesPattern(FORM));
        assertEquals(Ids.derivedId("act", "one"), Ids.derivedId("act", "one"));
        assertNotEquals(Ids.derivedId("act", "one"), Ids.derivedId("act", "two"));
    }

    /**
     * A required action's id is part of what clients keep (contactSupport names it), so the derivation must not
     * change between versions. Since global object identification it names its account (act_, the account's id
     * without acct_, then the digits the first release used alone), so that node(id) finds it.
     */
    @Test
    void aRequiredActionKeepsItsIdAndNamesItsAccount() {
        String id = Evaluator.actionId("acct_1a2B3c4D5e6F7g8H9i0J1k2L", "individual.dob");
        assertEquals("act_1a2B3c4D5e6F7g8H9i0J1k2LJIjddkScGWlqkosNDLw4BwSP", id);
        assertEquals("acct_1a2B3c4D5e6F7g8H9i0J1k2L", Evaluator.accountOfAction(id).orElseThrow());
    }
}
