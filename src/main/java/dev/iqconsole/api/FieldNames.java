package dev.iqconsole.api;

/** proto3 JSON accepts both lowerCamelCase and the proto's snake_case field names; so do we. */
final class FieldNames {

    private FieldNames() {}

    static String snake(String camel) {
        StringBuilder snake = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }
}
