<?php
/**
 * Installs one WordPress site and sets the options Parley's tests rely on. Idempotent: an
 * installed site only has its options set again.
 *
 * php install-site.php <host:port> <pretty|plain>
 *   pretty: permalinks /%postname%/, so the REST API answers under /wp-json/
 *   plain:  no permalinks, so the REST API answers only under /?rest_route=
 */
[ , $host, $permalinks ] = $argv + [ null, null, null ];
if ( ! $host || ! in_array( $permalinks, [ 'pretty', 'plain' ], true ) ) {
	fwrite( STDERR, "usage: php install-site.php <host:port> <pretty|plain>\n" );
	exit( 2 );
}
$_SERVER['HTTP_HOST']   = $host;
$_SERVER['SERVER_NAME'] = preg_replace( '/:.*/', '', $host );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// No mail is sent: there is no mail server, and nothing would read it.
add_filter( 'pre_wp_mail', '__return_false' );
if ( ! is_blog_installed() ) {
	wp_install( "Parley test site ($permalinks permalinks)", 'parley', 'parley@example.invalid', false, '', wp_generate_password( 24 ) );
}

// Through $wp_rewrite, so the rules flushed below are built for this structure (wp_install may
// have chosen another one, which update_option alone would leave in memory).
$wp_rewrite->set_permalink_structure( $permalinks === 'pretty' ? '/%postname%/' : '' );
$options = [
	// Anonymous comments are approved at once, except those holding this word (below), so the
	// tests can choose between an approved and a held comment.
	'comment_moderation'          => 0,
	'comment_previously_approved' => 0,
	'moderation_keys'             => 'hold-for-moderation',
	'require_name_email'          => 1,
	'thread_comments'             => 1,
	'thread_comments_depth'       => 10,
	'comments_notify'             => 0,
	'moderation_notify'           => 0,
	'close_comments_for_old_posts' => 0,
	// Not UTC, so a client that reads `date` instead of `date_gmt` is caught.
	'timezone_string'             => 'Europe/Berlin',
	'blog_public'                 => 0,
];
foreach ( $options as $name => $value ) {
	update_option( $name, $value );
}
flush_rewrite_rules();
echo "installed http://$host ($permalinks permalinks)\n";
