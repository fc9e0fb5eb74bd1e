package dev.iqconsole.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code gs://bucket/path} model location. {@link #problems} applies Cloud Storage's bucket naming rules
 * (https://cloud.google.com/storage/docs/buckets#naming, read 2026-11): 3-63 characters (up to 222 with dots, each
 * dot-separated part at most 63), lowercase letters, digits, {@code -}, {@code _} and {@code .}, starting and ending
 * with a letter or digit, not an IP address, not starting with {@code goog}, not containing {@code google} or a
 * close misspelling.
 *
 * @param path the directory holding {@code config.json} and the weights, without leading or trailing {@code /};
 *     empty for the bucket's root
 */
record BucketUri(String bucket, String path) {

    private static final String SCHEME = "gs://";
    private static final Pattern CHARS = Pattern.compile("[a-z0-9._-]+");
    private static final Pattern IP = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern GOOGLE_LIKE = Pattern.compile("g[o0][o0]g[l1]e");
    /**
     * The folder becomes gcsfuse's {@code only-dir} mount option, in a comma-separated list: a comma, space or line
     * break would let the URI add options of its own ({@code uid=0}, {@code file-mode=777}).
     */
    private static final Pattern PATH_CHARS = Pattern.compile("[A-Za-z0-9._/-]*");

    /** Parses a URI that {@link #problems} accepted. */
    static BucketUri parse(String uri) {
        String rest = uri.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        if (slash < 0) return new BucketUri(rest, "");
        return new BucketUri(rest.substring(0, slash), rest.substring(slash + 1).replaceAll("^/+|/+$", ""));
    }

    /** Every reason Cloud Storage (or this console) would refuse the URI; empty when it is fine. */
    static List<String> problems(String uri) {
        List<String> problems = new ArrayList<>();
        if (!uri.startsWith(SCHEME)) {
            problems.add("must start with gs:// (a Cloud Storage bucket), e.g. gs://my-models/gemma-2-27b-it; was "
                    + quoted(uri));
            return problems;
        }
        String rest = uri.substring(SCHEME.length());
        String bucket = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String name = quoted(bucket);
        boolean dotted = bucket.contains(".");
        int max = dotted ? 222 : 63;
        if (bucket.length() < 3 || bucket.length() > max) {
            problems.add("bucket name " + name + " must be 3-63 characters (up to 222 if it contains dots), has "
                    + bucket.length());
        }
        if (!bucket.isEmpty() && !CHARS.matcher(bucket).matches()) {
            problems.add("bucket name " + name
                    + " may contain only lowercase letters, digits, dashes (-), underscores (_) and dots (.)");
        }
        if (!bucket.isEmpty()
                && (!Character.isLetterOrDigit(bucket.charAt(0))
                        || !Character.isLetterOrDigit(bucket.charAt(bucket.length() - 1)))) {
            problems.add("bucket name " + name + " must start and end with a letter or digit");
        }
        if (dotted) {
            for (String part : bucket.split("\\.", -1)) {
                if (part.isEmpty() || part.length() > 63) {
                    problems.add("bucket name " + name + ": each dot-separated part must be 1-63 characters");
                    break;
                }
            }
        }
        if (IP.matcher(bucket).matches()) {
            problems.add("bucket name " + name + " must not be an IP address");
        }
        if (bucket.startsWith("goog")) {
            problems.add("bucket name " + name + " must not start with \"goog\"");
        }
        if (GOOGLE_LIKE.matcher(bucket).find()) {
            problems.add("bucket name " + name + " must not contain \"google\" or a close misspelling");
        }
        String path = rest.length() > bucket.length() ? rest.substring(bucket.length() + 1) : "";
        if (path.length() > 1024) {
            problems.add("the folder after the bucket name must be at most 1024 characters, has " + path.length());
        } else if (!PATH_CHARS.matcher(path).matches()) {
            problems.add("the folder after the bucket name may contain only letters, digits, dashes (-), underscores"
                    + " (_), dots (.) and slashes (/)");
        } else if (("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
            problems.add("the folder after the bucket name must not contain . or .. segments");
        }
        return problems;
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    String uri() {
        return path.isEmpty() ? SCHEME + bucket : SCHEME + bucket + "/" + path;
    }
}
