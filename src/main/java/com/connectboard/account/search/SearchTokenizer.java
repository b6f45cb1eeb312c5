package com.connectboard.account.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits search text into tokens. Context-free on purpose: the parser decides what a word means (field, connective,
 * value or search term) from its neighbours, so the tokenizer only has to know which characters end a word.
 */
final class SearchTokenizer {

    enum Kind {
        WORD, STRING, COLON, TILDE, GT, GE, LT, LE, EQUALS, LBRACKET, RBRACKET, MINUS, END
    }

    /**
     * One token. {@code text} is the unescaped content for words and quoted strings; {@code start} and {@code end} are
     * 0-based offsets into the query ({@code end} exclusive), kept so that errors can name a position and the parser
     * can tell "adjacent" from "separated by whitespace".
     */
    record Token(Kind kind, String text, int start, int end) {

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isConnective() {
            return isWord("AND") || isWord("OR");
        }

        /** How the token is named in error messages ("found ..."). */
        String describe() {
            return switch (kind) {
                case END -> "end of query";
                case STRING -> "quoted value " + SearchParser.quote(text);
                case WORD -> isConnective() ? text.toUpperCase(Locale.ROOT) : SearchParser.quote(text);
                default -> "'" + text + "'";
            };
        }
    }

    private final String text;
    private int position;

    private SearchTokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        return new SearchTokenizer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            if (position == text.length()) {
                tokens.add(new Token(Kind.END, "", position, position));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = position;
        char c = text.charAt(position);
        switch (c) {
            case '"' :
                return quoted();
            case ':' :
                return single(Kind.COLON);
            case '~' :
                return single(Kind.TILDE);
            case '=' :
                return single(Kind.EQUALS);
            case '[' :
                return single(Kind.LBRACKET);
            case ']' :
                return single(Kind.RBRACKET);
            case '-' :
                // Only a leading '-' negates: inside a word ("2026-01-01", "e-shop") it is an ordinary character.
                return single(Kind.MINUS);
            case '>' :
            case '<' :
                boolean orEqual = position + 1 < text.length() && text.charAt(position + 1) == '=';
                position += orEqual ? 2 : 1;
                Kind kind = c == '>' ? (orEqual ? Kind.GE : Kind.GT) : (orEqual ? Kind.LE : Kind.LT);
                return new Token(kind, text.substring(start, position), start, position);
            case '(' :
            case ')' :
                // Grouping is deliberately not part of the language (AND and OR are never mixed), so say so plainly
                // instead of letting a parenthesis become part of a search term.
                throw SearchParser.error(start, "parentheses are not supported; join clauses with only AND or only OR,"
                        + " and quote text that contains '" + c + "'");
            default :
                return word();
        }
    }

    private Token single(Kind kind) {
        position++;
        return new Token(kind, text.substring(position - 1, position), position - 1, position);
    }

    private Token word() {
        int start = position;
        while (position < text.length() && !endsWord(text.charAt(position))) {
            position++;
        }
        return new Token(Kind.WORD, text.substring(start, position), start, position);
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || "\":~=[]<>()".indexOf(c) >= 0;
    }

    private Token quoted() {
        int start = position;
        position++; // the opening quote
        StringBuilder value = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"') {
                position++;
                return new Token(Kind.STRING, value.toString(), start, position);
            }
            if (c == '\\' && position + 1 < text.length()) {
                char escaped = text.charAt(position + 1);
                if (escaped != '"' && escaped != '\\') {
                    // Only two escapes exist, so that a backslash elsewhere is a visible mistake, not a silent change.
                    throw SearchParser.error(position, "expected '\\\"' or '\\\\' after a backslash in a quoted value,"
                            + " found '\\" + escaped + "'");
                }
                value.append(escaped);
                position += 2;
                continue;
            }
            value.append(c);
            position++;
        }
        throw SearchParser.error(text.length(),
                "expected a closing '\"'; unterminated quoted value starting at position " + (start + 1));
    }
}
