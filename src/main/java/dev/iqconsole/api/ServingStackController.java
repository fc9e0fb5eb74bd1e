package dev.iqconsole.api;

import dev.iqconsole.catalog.ServingStack;
import dev.iqconsole.catalog.ServingStacks;
import dev.iqconsole.profile.ProfileService;
import dev.iqconsole.profile.ServerSetup;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * v1 {@code FetchServingStacks} and {@code FetchServingStackVersions} (gcloud 549+ {@code profiles serving-stacks
 * list} and {@code serving-stack-versions list}): the stack versions that route to a server the model has profiles
 * with. Query parameters as gcloud and Google's clients send them, with paging.
 */
@RestController
class ServingStackController {

    private final ServingStacks stacks;
    private final ProfileService profiles;
    private final JsonResponses json;

    ServingStackController(ServingStacks stacks, ProfileService profiles, JsonResponses json) {
        this.stacks = stacks;
        this.profiles = profiles;
        this.json = json;
    }

    @GetMapping("/v1/servingStacks:fetch")
    ResponseEntity<String> servingStacks(HttpServletRequest request) {
        var params = new QueryParams(request);
        var matching = matching(params, null);
        var page = Paging.page(matching, params.int32("pageSize"), params.text("pageToken"));
        return json.ok(new V1Json.FetchServingStacksResponse(
                page.items().stream()
                        .map(s -> new V1Json.ServingStack(s.name(), s.version()))
                        .toList(),
                page.nextPageToken()));
    }

    @GetMapping("/v1/servingStackVersions:fetch")
    ResponseEntity<String> servingStackVersions(HttpServletRequest request) {
        var params = new QueryParams(request);
        String name = params.required("servingStack");
        StackSelection.of(name, null, "servingStack", stacks); // 404 naming an unknown stack
        var versions =
                matching(params, name).stream().map(ServingStack::version).toList();
        var page = Paging.page(versions, params.int32("pageSize"), params.text("pageToken"));
        return json.ok(new V1Json.FetchServingStackVersionsResponse(page.items(), page.nextPageToken()));
    }

    /** Stack versions (of {@code name}, or all) that route to a server the filtered models have profiles with. */
    private List<ServingStack> matching(QueryParams params, String name) {
        String model = params.text("model");
        String server = params.text("modelServer");
        if (model == null && server == null) {
            return name == null ? stacks.all() : stacks.versions(name);
        }
        // 404 naming an unknown model or model server, as modelServers:fetch does
        Set<String> servers = profiles.serverSetups(model, server, "all").stream()
                .map(ServerSetup::modelServer)
                .collect(Collectors.toSet());
        return (name == null ? stacks.all() : stacks.versions(name))
                .stream()
                        .filter(s -> s.modelServers().stream().anyMatch(servers::contains))
                        .toList();
    }
}
