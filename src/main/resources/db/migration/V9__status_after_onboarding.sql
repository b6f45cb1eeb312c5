-- An account's status follows its requirements once its details are in (docs/requirements.md): PENDING_ONBOARDING
-- means only "the holder has not submitted the hosted form yet". Accounts stored before that rule with details in (or
-- created by the platform, dashboard NONE) and no capability requested were PENDING_ONBOARDING; they are RESTRICTED
-- (they can neither charge nor be paid), as the evaluator now says. Any other stored status was already the
-- evaluator's and stays.
UPDATE connected_account
   SET status = 'RESTRICTED'
 WHERE status = 'PENDING_ONBOARDING'
   AND (details_submitted OR dashboard_access = 'NONE');
