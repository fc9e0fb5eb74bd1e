package dev.iqconsole.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Checks that a query string decodes as URLs are meant to: {@code %XX} escapes of well-formed UTF-8. */
final class QueryStrings {

    private QueryStrings() {}

    /** Why the query string is refused, or null when it is fine. */
    static String problem(String query, int maxParameters) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        int parameters = 1;
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '&') parameters++;
        }
        if (parameters > maxParameters) {
            return "has " + parameters + " parameters; at most " + maxParameters + " are accepted";
        }
        for (String part : query.split("&", -1)) {
            if (!decodes(part)) {
                return "contains a malformed escape; use %XX escapes of UTF-8 bytes";
            }
        }
        return null;
    }

    private static boolean decodes(String part) {
        var bytes = ByteBuffer.allocate(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length()) {
                    return false;
                }
                int high = Character.digit(part.charAt(i + 1), 16);
                int low = Character.digit(part.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c > 0x7f) {
                return false;
            } else {
                bytes.put((byte) c);
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes.flip());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
