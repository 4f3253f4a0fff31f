<?php
/**
 * Plugin Name: Parley test site
 * Description: What the Parley test WordPress needs beyond its options: anonymous comments
 * through the REST API, and a flood check by email address instead of by IP address.
 */

// WordPress refuses anonymous REST comments unless a plugin allows them
// (rest_comment_login_required). A site that wants Parley's replies has to do the same.
add_filter( 'rest_allow_anonymous_comments', '__return_true' );

// Every test request comes from 127.0.0.1, so WordPress's flood check (one comment per 15 s per
// IP address *or* email address) would refuse all but one test reply in 15 s. Checking the
// email address alone keeps the real check, and its comment_flood refusal, for one author.
remove_action( 'check_comment_flood', 'check_comment_flood_db', 10 );
add_filter(
	'wp_is_comment_flood',
	function ( $is_flood, $ip, $email, $date, $avoid_die = false ) {
		return wp_check_comment_flood( $is_flood, 'parley-test-no-ip', $email, $date, $avoid_die );
	},
	10,
	5
);
