package com.connectboard.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Sends GraphQL documents over real HTTP with a bearer token, the way a front end does. */
public final class GraphQL {

    private final String token;
    private final Map<String, String> headers = new HashMap<>();

    private GraphQL(String token) {
        this.token = token;
    }

    public static GraphQL as(String token) {
        return new GraphQL(token);
    }

    public GraphQL viewingAs(String accountId) {
        headers.put("Connected-Account", accountId);
        return this;
    }

    public ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    public ValidatableResponse post(String query, Map<String, Object> variables) {
        RequestSpecification request = given().contentType(ContentType.JSON).headers(headers);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.body(Map.of("query", query, "variables", variables)).when().post("/graphql").then();
    }

    /**
     * Posts and expects an answer with no GraphQL errors: HTTP 200 and no {@code errors}, so that a test of what an
     * operation did cannot pass on a refused one.
     */
    public ValidatableResponse ok(String query, Map<String, Object> variables) {
        return answer(query, variables).body("errors", nullValue());
    }

    public ValidatableResponse ok(String query) {
        return ok(query, Map.of());
    }

    /** Posts and expects HTTP 200, errors or not: for the tests that check the errors GraphQL answers with. */
    public ValidatableResponse answer(String query, Map<String, Object> variables) {
        return post(query, variables).statusCode(200);
    }

    public ValidatableResponse answer(String query) {
        return answer(query, Map.of());
    }
}
