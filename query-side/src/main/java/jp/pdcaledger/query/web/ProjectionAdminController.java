package jp.pdcaledger.query.web;

import io.swagger.v3.oas.annotations.Operation;
import jp.pdcaledger.kernel.ApiTags;
import jp.pdcaledger.query.replay.ParkedEvents;
import jp.pdcaledger.query.replay.ProjectionProgress;
import jp.pdcaledger.query.replay.Projections;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * {@code POST /api/admin/projections/{name}/rebuild}, the progress of each projection with the events it has parked,
 * and {@code POST /api/admin/projections/{name}/dead-letters/retry} to hand the parked events to it again once their
 * cause is fixed.
 */
@RestController
public class ProjectionAdminController {

    private final Projections projections;
    private final ParkedEvents parked;

    public ProjectionAdminController(Projections projections, ParkedEvents parked) {
        this.projections = projections;
        this.parked = parked;
    }

    @Operation(operationId = "rebuildProjection", tags = ApiTags.OPERATIONS,
            summary = "投影を作り直す / Rebuild a projection",
            description = "ロール / Roles: ADMIN.")
    @PostMapping("/api/admin/projections/{name}/rebuild")
    public ResponseEntity<ProjectionProgress> rebuild(@PathVariable String name) {
        requireKnown(name);
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections/" + name))
                .body(projections.rebuild(name));
    }

    @Operation(operationId = "retryParkedEvents", tags = ApiTags.OPERATIONS,
            summary = "保留したイベントを再処理する / Retry a projection's parked events",
            description = "ロール / Roles: ADMIN.")
    @PostMapping("/api/admin/projections/{name}/dead-letters/retry")
    public ParkedEvents.Retry retryParked(@PathVariable String name) {
        requireKnown(name);
        return parked.retry(name);
    }

    @Operation(operationId = "getProjection", tags = ApiTags.OPERATIONS,
            summary = "投影の進み具合（一つ） / One projection's progress",
            description = "ロール / Roles: ADMIN.")
    @GetMapping("/api/admin/projections/{name}")
    public ProjectionProgress progress(@PathVariable String name) {
        requireKnown(name);
        return projections.progress(name);
    }

    @Operation(operationId = "listProjections", tags = ApiTags.OPERATIONS,
            summary = "投影の進み具合 / Every projection's progress",
            description = "ロール / Roles: ADMIN.")
    @GetMapping("/api/admin/projections")
    public List<ProjectionProgress> all() {
        return projections.names().stream().filter(name -> projections.processor(name).isPresent())
                .map(projections::progress).toList();
    }

    private void requireKnown(String name) {
        if (projections.processor(name).isEmpty()) {
            throw ReadRefusal.invalid("name", "投影の名前は " + projections.names() + " のどれかです: " + name);
        }
    }
}
