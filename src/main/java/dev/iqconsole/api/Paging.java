package dev.iqconsole.api;

import dev.iqconsole.profile.ProfileQueryException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Google-style paging over an ordered result: {@code pageSize} (0 or absent: everything), an opaque
 * {@code pageToken}, and {@code nextPageToken} (absent on the last page). The token is the next offset; results are
 * stable because the catalog is read-only.
 */
final class Paging {

    static final int MAX_PAGE_SIZE = 10_000;
    private static final String PREFIX = "offset:";

    record Page<T>(List<T> items, String nextPageToken) {}

    private Paging() {}

    static <T> Page<T> page(List<T> all, Integer pageSize, String pageToken) {
        int size = pageSize == null ? 0 : pageSize;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw ProfileQueryException.invalid("pageSize", size + " is not allowed: 0 (all) to " + MAX_PAGE_SIZE);
        }
        int from = offset(pageToken, all.size());
        if (size == 0) {
            return new Page<>(all.subList(from, all.size()), null);
        }
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), to < all.size() ? token(to) : null);
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String pageToken, int total) {
        if (pageToken == null || pageToken.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(pageToken), StandardCharsets.UTF_8);
            int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
            if (!decoded.startsWith(PREFIX) || offset < 0 || offset > total) {
                throw new IllegalArgumentException();
            }
            return offset;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ProfileQueryException.invalid(
                    "pageToken",
                    ProfileQueryException.quoted(pageToken)
                            + " is not a token this server returned; use nextPageToken as is");
        }
    }
}
